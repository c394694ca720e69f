a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
def same(x, y):
    return id(x) == id(y)
print(same(a, b), same(a, c), same(None, None))
s1 = "hello"
s2 = s1
print(s1 is s2)
class K:
    pass
k1, k2 = K(), K()
print(id(k1) != id(k2), type(id(k1)).__name__)
x = (1, 2)
y = x
x += (3,)
print(x is y, y)
print(len({id(a), id(b), id(c)}))
