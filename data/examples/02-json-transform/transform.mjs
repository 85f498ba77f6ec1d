// Read orders from a JSON file and print the total per customer, largest first.
import { readFile } from 'node:fs/promises';

const path = process.argv[2] ?? 'orders.json';
const orders = JSON.parse(await readFile(path, 'utf8'));

const totals = new Map();
for (const { customer, amount } of orders) {
  totals.set(customer, (totals.get(customer) ?? 0) + amount);
}

const ranked = [...totals].sort(([, a], [, b]) => b - a);
console.log(JSON.stringify(Object.fromEntries(ranked)));
