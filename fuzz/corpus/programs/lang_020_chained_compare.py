x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1.0, 1 < 2 < 3 < 2)
a, b, c = 3, 3, 4
print(a == b != c, a is b)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(noisy(3) < noisy(1) < noisy(9))
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3] < [2])
print(not 1 < 0)
