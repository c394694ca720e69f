print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, len(r), r[2], r[-1], r[1:3])
print(list(reversed(range(4))))
print(range(10).index(3), range(0, 10, 2).count(4))
print(sum(range(1, 11)))
print(range(3) == range(0, 3), range(0) == range(2, 2))
try:
    range(1, 5, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
