points = [(0.1, 0.2), (1.5, -2.25), (1e-7, 3.0)]
print(points)
print(tuple(round(x + y, 3) for x, y in points))
print({"p": (1.0, 2.50)}, [[0.5], (0.25,)])
centroid = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
print(centroid)
print(min(points), max(points, key=lambda p: p[1]))
print(str((1 / 3, 2 / 3)), repr([1 / 7]))
