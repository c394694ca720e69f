def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5))
def outer():
    msg = "outer"
    def inner():
        return msg
    msg = "changed"
    return inner
print(outer()())
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
print(c1.__closure__[0].cell_contents)
