prices = {"apple": 1.25, "pear": 0.8}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print("total", total)
