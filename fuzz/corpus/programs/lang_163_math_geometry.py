import math
def circle_area(r):
    return math.pi * r * r
def hyp(a, b):
    return math.sqrt(a * a + b * b)
print(f"{circle_area(1):.5f} {circle_area(2.5):.3f}")
print(hyp(3, 4), hyp(1, 1))
angles = [0, 30, 45, 60, 90]
for a in angles:
    r = math.radians(a)
    print(f"{a:3d} sin={math.sin(r):.4f} cos={math.cos(r):.4f}")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(math.floor(-0.5), math.ceil(-0.5), round(-0.5))
