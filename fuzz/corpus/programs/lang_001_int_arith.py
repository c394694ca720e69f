a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a ** 2, 2 ** 10, 2 ** -1)
print(divmod(a, b), divmod(-a, b))
x = 10
x += 5
x *= 2
x -= 3
x //= 4
print(x)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 5, 256 >> 3)
print(int("42") + 1, int(" -7 "), int(3.99), int(-3.99))
print(9223372036854775807 - 1)
