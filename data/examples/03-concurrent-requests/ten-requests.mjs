// Run ten slow calls concurrently. Each call stands in for a network request
// (100 ms of waiting), so the example runs offline; with a real API the body
// of fetchUser would be `await fetch(url)`.
const fetchUser = (id) =>
  new Promise((resolve) => setTimeout(() => resolve({ id, name: `user ${id}` }), 100));

const started = performance.now();
const users = await Promise.all(Array.from({ length: 10 }, (_, i) => fetchUser(i + 1)));
const seconds = (performance.now() - started) / 1000;

console.log(`${users.length} results in ${seconds.toFixed(1)} s`);
