class Span:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Span(self.data[key])
        print("index", key)
        return self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Span({self.data})"
s = Span("abcdefg")
print(s[1])
print(s[1:4])
print(s[::-2])
print(s[-1], len(s[2:]))
class Grid:
    def __getitem__(self, pos):
        r, c = pos
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 0])
