# an inventory system with custom exception hierarchy and chained errors
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class UnknownItem(InventoryError, KeyError):
    pass


class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, item, qty):
        if not isinstance(qty, int) or qty <= 0:
            raise ValueError(f"bad quantity {qty!r}")
        self.stock[item] = self.stock.get(item, 0) + qty

    def take(self, item, qty):
        try:
            have = self.stock[item]
        except KeyError:
            raise UnknownItem(item) from None
        if have < qty:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty
        if self.stock[item] == 0:
            del self.stock[item]


inv = Inventory()
inv.add("bolt", 10)
inv.add("nut", 3)
orders = [("bolt", 4), ("nut", 5), ("gear", 1), ("bolt", 6), ("bolt", 1)]
for item, qty in orders:
    try:
        inv.take(item, qty)
    except OutOfStock as e:
        print("out of stock:", e, "| item:", e.item)
    except KeyError as e:
        print("unknown:", e, type(e).__name__, isinstance(e, InventoryError), e.__suppress_context__)
    else:
        print("took", qty, item)
    finally:
        print("  stock now", inv.stock)
for bad in [0, -2, 1.5, "3"]:
    try:
        inv.add("nut", bad)
    except ValueError as e:
        print(e)
print(UnknownItem.__mro__)
print(issubclass(OutOfStock, Exception), OutOfStock.__bases__, InventoryError.__subclasses__())
try:
    inv.take("nut", 100)
except InventoryError as e:
    print(repr(e), e.args)
inv.take("washer", 1)
