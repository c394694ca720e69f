# math's integer functions on big values.
import math
print(math.factorial(25), math.factorial(30), math.factorial(100) % (10 ** 9 + 7))
print(len(str(math.factorial(500))), math.factorial(0), math.factorial(20))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(-(10 ** 30), 15 ** 10), math.gcd(), math.gcd(2 ** 70))
print(math.lcm(2 ** 40, 3 ** 40), math.lcm(10 ** 20, 15 ** 18, 7), math.lcm(0, 2 ** 70))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 101), math.isqrt(2 ** 64 - 1), math.isqrt(10 ** 41 - 1))
print(math.comb(100, 50), math.comb(2 ** 70, 2), math.comb(60, 30), math.comb(10, 20))
print(math.perm(30, 20), math.perm(25), math.perm(2 ** 64, 2), math.perm(5, 6))
print(math.prod(range(1, 31)), math.prod([2 ** 40, 2 ** 40, 3]), math.prod([], start=2 ** 70))
print(math.log(2 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(10 ** 400, 10))
print(math.sqrt(2 ** 100), math.floor(2 ** 80), math.ceil(-(2 ** 80)), math.trunc(10 ** 30))
print(math.floor(1e30), math.ceil(-1.5e20), math.trunc(2.5e19))
for f in (lambda: math.factorial(-1), lambda: math.isqrt(-(2 ** 70)), lambda: math.comb(-(2 ** 70), 3),
          lambda: math.log(-(2 ** 70)), lambda: math.sqrt(10 ** 400)):
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.isclose(2 ** 64, 2.0 ** 64), math.fsum([2 ** 70, 1, -(2 ** 70)]))
print(sum([2 ** 64] * 10), sum(range(10), 2 ** 70), round(2 ** 70, -5), round(-(2 ** 70), -20), round(2 ** 70, 3))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(15 * 10 ** 18 + 5 * 10 ** 17, -18), round(25 * 10 ** 18, -19))
