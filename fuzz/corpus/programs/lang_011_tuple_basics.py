t = (1, 2, 3)
print(t, len(t), t[1], t[-1])
print(t + (4,), t * 2)
single = (5,)
print(single, type(single).__name__, (5), type((5)).__name__)
print(())
print(t.count(2), t.index(3))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, 4))
for x, y in nested:
    print(x * y)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
p = 1, 2
print(p)
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
