import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2))
two_to = functools.partial(power, 2)
print(two_to(10))
print(square.func is power, square.args, square.keywords)
int_base2 = functools.partial(int, base=2)
print(int_base2("1011"))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, c: c + acc, "abc", ""))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
p = functools.partial(print, sep="-")
p("a", "b", "c")
