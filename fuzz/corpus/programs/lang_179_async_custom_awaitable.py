class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("suspending for", self.label)
        value = yield self.label
        print("resumed with", value)
        return value * 2
async def task():
    a = await Sleep("first")
    b = await Sleep("second")
    return a + b
coro = task()
print("yielded:", coro.send(None))
print("yielded:", coro.send(10))
try:
    coro.send(100)
except StopIteration as e:
    print("finished with", e.value)
