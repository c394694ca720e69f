print(list(reversed([1, 2, 3])), "".join(reversed("abc")))
print(list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
r = reversed([4, 5])
print(type(r).__name__, next(r), list(r))
class Line:
    def __init__(self, pts):
        self.pts = pts
    def __reversed__(self):
        print("custom reversed")
        return iter(self.pts[::-1])
print(list(reversed(Line([1, 2, 3]))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
try:
    reversed({1: 2, 3: 4}.values())
    print("dict views reverse fine")
    reversed(5)
except TypeError as e:
    print(e)
