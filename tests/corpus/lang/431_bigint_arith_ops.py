# + - * // % divmod and unary ops across the int64 boundary, all signs.
big = [2 ** 64 + 7, -(2 ** 64) - 7, 2 ** 100, -(3 ** 70), 10 ** 30 + 1]
small = [1, -1, 7, -7, 2 ** 62, -(2 ** 63), 9223372036854775807]
for a in big:
    for b in small:
        print(a + b, a - b, b - a, a * b)
        print(a // b, a % b, divmod(a, b), b // a, b % a)
for a in big:
    print(-a, +a, abs(a), ~a, -(-a) == a)
m = -(2 ** 63)
print(-m, abs(m), m // -1, m * -1, m - 1, divmod(m, -1))
print(2 ** 64 * 0, (2 ** 64) // (2 ** 64), (2 ** 64) % (2 ** 64 + 1))
print((10 ** 25) // 7, (-10 ** 25) // 7, (10 ** 25) % -7, (-10 ** 25) % -7)
for op in (lambda: 10 ** 30 // 0, lambda: 10 ** 30 % 0, lambda: divmod(10 ** 30, 0), lambda: 10 ** 30 / 0):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 1
for i in range(80):
    x *= 3
    x -= i
print(x)
x += 0
x -= x - 5
print(x, type(x) is int)
