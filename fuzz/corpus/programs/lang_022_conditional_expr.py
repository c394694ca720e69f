for n in range(-2, 3):
    kind = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, kind)
x = 7
print("odd" if x % 2 else "even")
vals = [v if v > 0 else 0 for v in [-1, 4, -3, 2]]
print(vals)
f = (lambda a: a * 2) if x > 5 else (lambda a: a)
print(f(10))
print((1, 2)[x > 5], ["no", "yes"][x == 7])
def choose(flag):
    return "A" if flag else None
print(choose(1), choose(0))
