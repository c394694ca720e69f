class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n
add5 = Adder(5)
print(add5(10), add5(-5), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2, 3])))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
