print(abs(-5), abs(2.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5))
print(pow(3, 4, 5), pow(7, 128, 13), pow(5, -1, 7))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(round(3.14159, 2), round(-2.5), round(5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
