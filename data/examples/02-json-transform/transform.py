"""Read orders from a JSON file and print the total per customer, largest first."""
import json
import sys
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else "orders.json"
with open(path, encoding="utf-8") as file:
    orders = json.load(file)

totals = defaultdict(float)
for order in orders:
    totals[order["customer"]] += order["amount"]

ranked = dict(sorted(totals.items(), key=lambda item: item[1], reverse=True))
print(json.dumps(ranked, separators=(",", ":")))
