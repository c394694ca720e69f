inventory = {
    "fruits": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 2}],
}
for cat, items in inventory.items():
    names = [it["name"] for it in items if it["qty"] > 0]
    print(cat, names)
total = sum(it["qty"] for items in inventory.values() for it in items)
print("total", total)
inventory["veg"].append({"name": "leek", "qty": 7})
print(inventory["veg"][-1])
print(len(inventory), len(inventory["fruits"]))
print(inventory)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
for row in matrix:
    print(" ".join(f"{v:2d}" for v in row))
print([matrix[i][i] for i in range(3)])
