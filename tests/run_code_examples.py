#!/usr/bin/env python3
"""Runs every code example in data/examples once with its runtime (node for
JavaScript, python3 for Python), where that runtime is installed, and checks
its output, so a broken example is noticed.  Exit code 0 when all examples
that could run passed; prints one line per example and a closing count."""
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

RUNTIMES = {"javascript": ["node"], "python": [sys.executable or "python3"]}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def check_http(command, cwd, check):
    port = free_port()
    env = dict(os.environ, PORT=str(port))
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False, "exited early: " + process.stderr.read().decode(errors="replace")[-300:]
            try:
                with urllib.request.urlopen(f"http://localhost:{port}{check['path']}", timeout=2) as reply:
                    body = reply.read().decode()
                    return check["expect"] in body, body
            except OSError:
                time.sleep(0.1)
        return False, "no answer within 15 s"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


def check_run(command, cwd, check):
    try:
        done = subprocess.run(command + check.get("args", []), cwd=cwd, capture_output=True, timeout=60, text=True)
    except subprocess.TimeoutExpired:
        return False, "timed out"
    output = done.stdout + done.stderr
    return done.returncode == 0 and check["expect"] in done.stdout, output.strip()[-300:]


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "examples"
    passed = failed = skipped = 0
    for task_file in sorted(root.glob("*/task.json")):
        task = json.loads(task_file.read_text(encoding="utf-8"))
        for example in task["examples"]:
            runtime = RUNTIMES.get(example["language"])
            label = f"{task['name']} / {example['option']}"
            if not runtime or not shutil.which(runtime[0]):
                print(f"SKIP {label}: no {example['language']} runtime here")
                skipped += 1
                continue
            command = runtime + [example["file"]]
            check = task["check"]
            ok, detail = (check_http if check["kind"] == "http" else check_run)(command, task_file.parent, check)
            print(("PASS " if ok else "FAIL ") + label + ("" if ok else f": {detail}"))
            passed += ok
            failed += not ok
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
