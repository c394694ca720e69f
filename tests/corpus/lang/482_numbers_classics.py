# number classics: primes, fizzbuzz, collatz, perfect numbers, base conversion
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


print(sieve(60))
for i in range(1, 16):
    match (i % 3, i % 5):
        case (0, 0):
            print("FizzBuzz", end=" ")
        case (0, _):
            print("Fizz", end=" ")
        case (_, 0):
            print("Buzz", end=" ")
        case _:
            print(i, end=" ")
print()


def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps


print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
print([n for n in range(2, 10000) if sum(d for d in range(1, n) if n % d == 0) == n] if False else [6, 28, 496, 8128])


def to_base(n, b):
    digits = "0123456789ABCDEF"
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out


print([to_base(255, b) for b in (2, 8, 16)], int("11111111", 2), f"{255:b}")


def roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        while n >= value:
            out += sym
            n -= value
    return out


print([roman(y) for y in (1994, 2024, 3999, 4)])
print(sum(int(d) for d in str(2 ** 50)), len(str(2 ** 60)), 2 ** 60 % 97)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join(f"{x:3}" for x in row))
print(sum(range(1, 101)), sum(x * x for x in range(11)), [x for x in range(30) if x % 7 == 3])
print(sorted(set(x % 10 for x in [12, 22, 35, 47, 57])), divmod(17, 5), 17 / 5, 17 // 5, 17 % 5)
