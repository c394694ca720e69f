# Algorithms from class that need big ints: digits, primes, Collatz, RSA toy.
def digit_sum(n):
    return sum(int(c) for c in str(n))

print(digit_sum(2 ** 1000), digit_sum(3 ** 300))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([is_probable_prime(2 ** p - 1) for p in (61, 67, 89, 101, 107, 127)])
p, q = 2 ** 89 - 1, 2 ** 107 - 1
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = pow(e, -1, phi)
msg = 123456789012345678901234567890
c = pow(msg, e, n)
print(n, d * e % phi, pow(c, d, n) == msg)

def collatz_max(n):
    best = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        best = max(best, n)
    return best

print(collatz_max(2 ** 70 + 1))
def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt_newton(10 ** 60 + 12345), isqrt_newton(2 * 10 ** 40))
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a % 10 ** 20, len(str(a)), a // b if b else 0, a / b)
print(2 ** 200 // 3 ** 100, (2 ** 200) % (3 ** 100), -(2 ** 200) // 3 ** 100)
