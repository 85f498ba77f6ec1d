"""Run ten slow calls concurrently. Each call stands in for a network request
(100 ms of waiting), so the example runs offline; with a real API the body of
fetch_user would await an async HTTP client such as httpx.AsyncClient."""
import asyncio
import time


async def fetch_user(user_id):
    await asyncio.sleep(0.1)
    return {"id": user_id, "name": f"user {user_id}"}


async def main():
    started = time.perf_counter()
    users = await asyncio.gather(*(fetch_user(i + 1) for i in range(10)))
    seconds = time.perf_counter() - started
    print(f"{len(users)} results in {seconds:.1f} s")


asyncio.run(main())
