import inspect
async def compute(x):
    return x * 2
c = compute(21)
print(type(c).__name__)
print(type(c))
print(inspect.iscoroutine(c))
print(inspect.iscoroutinefunction(compute))
print(compute.__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
