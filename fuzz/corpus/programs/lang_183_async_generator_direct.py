async def agen():
    yield 1
    yield 2
g = agen()
print(type(g).__name__)
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("second", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
import inspect
print(inspect.iscoroutinefunction(agen), inspect.iscoroutine(step))
