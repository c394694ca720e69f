# Teachers' classics: numbers that outgrow 64 bits.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fib(90), fib(93), fib(100))
print(fact(20), fact(21), fact(30))
print(2 ** 63, 2 ** 64, 2 ** 100, -2 ** 63)
print(len(str(fact(100))), str(fact(100))[:20])
print([fib(n) for n in range(88, 96)])
print(sum(fact(i) for i in range(25)))
print(fact(25) // fact(23), fact(25) % 1000007)
x = 9223372036854775807
print(x + 1, type(x + 1).__name__, x + 1 - 1 == x, type(x + 1 - 1))
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(150))
