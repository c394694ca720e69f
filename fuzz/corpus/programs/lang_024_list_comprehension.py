print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([n for row in matrix for n in row if n % 2])
words = ["apple", "Banana", "cherry"]
print([w.upper() if w[0].islower() else w for w in words])
x = "outer"
r = [x for x in "ab"]
print(r, x)
print([c * i for i, c in enumerate("abc", 1)])
print([i for i in range(3) if i if i > 1])
