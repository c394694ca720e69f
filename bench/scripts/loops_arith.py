# CPU-bound: while/for loops with integer and float arithmetic.
total = 0
x = 0.0
for i in range(6_000_000):
    total += i * 3 % 7
    x += i / 3.0
print(total, round(x, 2))
