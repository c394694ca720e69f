class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3, [Tree(5), Tree(6)])])
print(list(t))
for depth, v in t.depth_first():
    print("  " * depth + str(v))
print(sum(t), max(t), 5 in t)
