class OutOfStock(Exception):
    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item
class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty
        if self.stock[item] == 0:
            del self.stock[item]
    def __contains__(self, item):
        return item in self.stock
    def __len__(self):
        return sum(self.stock.values())
    def report(self):
        for item in sorted(self.stock):
            print(f"  {item:<8}{self.stock[item]:>4}")
inv = Inventory()
inv.add("bolt", 10)
inv.add("nut", 5)
inv.add("gear")
inv.remove("nut", 5)
print("nut" in inv, "bolt" in inv, len(inv))
inv.report()
for item, qty in [("bolt", 3), ("gear", 2), ("cog", 1)]:
    try:
        inv.remove(item, qty)
        print("removed", qty, item)
    except OutOfStock as e:
        print("OutOfStock:", e, "| item =", e.item)
inv.report()
