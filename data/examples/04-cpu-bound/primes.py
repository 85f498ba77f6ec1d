"""Count the primes below a limit by trial division: pure CPU work on one thread."""
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


count = sum(1 for n in range(2, limit) if is_prime(n))
print(f"{count} primes below {limit}")
