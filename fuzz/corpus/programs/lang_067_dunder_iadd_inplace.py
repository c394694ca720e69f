class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __len__(self):
        return len(self.items)
b = Bag()
original = b
b += "apple"
b += "pear"
print(b.items, len(b), b is original)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)
