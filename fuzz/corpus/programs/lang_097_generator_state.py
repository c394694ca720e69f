import inspect
def g():
    yield 1
def plain():
    return 1
it = g()
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(len), inspect.isgeneratorfunction(it))
print(type(it).__name__, g.__name__)
print(list(it), list(it))
def self_next():
    yield next(sn)
sn = self_next()
try:
    next(sn)
except ValueError as e:
    print("ValueError:", e)
try:
    next(sn)
except StopIteration:
    print("finished after the error")
gen_from_lambda = (lambda: (yield 5))()
print(next(gen_from_lambda))
