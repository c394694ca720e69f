data = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Doohickey", 1, 100.0),
]
header = f"{'Item':<10} {'Qty':>4} {'Price':>8} {'Total':>9}"
print(header)
print("-" * len(header))
grand = 0
for item, qty, price in data:
    total = qty * price
    grand += total
    print(f"{item:<10} {qty:>4d} {price:>8.2f} {total:>9,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<10} {'':>4} {'':>8} {grand:>9,.2f}")
print("%-10s %4s %8s %9.2f" % ("pct", "", "", grand / 1000))
