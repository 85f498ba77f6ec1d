// Count the primes below a limit by trial division: pure CPU work on one thread.
const limit = Number(process.argv[2] ?? 2_000_000);

function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}

let count = 0;
for (let n = 2; n < limit; n++) {
  if (isPrime(n)) count++;
}
console.log(`${count} primes below ${limit}`);
