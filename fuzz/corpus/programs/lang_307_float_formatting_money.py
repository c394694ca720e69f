prices = [19.99, 5.0, 0.1, 1234.5]
total = sum(prices)
print(total)
print(f"{total:.2f}", round(total, 2), format(total, ",.2f"))
tax = total * 0.0825
print(f"tax {tax:.2f}", f"{tax:.4f}", f"{tax:e}")
print("%.2f" % 2.675, "%.2f" % 2.665, "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5)
print(round(2.675, 2), round(0.125, 2), round(0.135, 2))
cents = round(total * 100)
print(cents, cents // 100, cents % 100)
print(f"{-0.004:.2f}", f"{0.005:.2f}", f"{0.015:.2f}", f"{1.005:.2f}")
print(1.1 + 2.2, 3.3 - 1.1, 1.1 * 3, 10 / 3)
