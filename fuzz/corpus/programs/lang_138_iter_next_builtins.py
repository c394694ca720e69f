it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "exhausted"))
it2 = iter("xy")
print(list(it2), list(it2))
nums = iter(range(100))
first_big = next((n for n in nums if n * n > 50), None)
print(first_big, next(nums))
print(next(iter([]), "empty"))
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
try:
    iter(42)
except TypeError as e:
    print(e)
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", e.args)
class Counter:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Counter(), 5)))
