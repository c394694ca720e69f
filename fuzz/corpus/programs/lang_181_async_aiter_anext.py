class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
t = Ticker(3)
it = t.__aiter__()
print(it is t)
while True:
    coro = it.__anext__()
    try:
        coro.send(None)
    except StopIteration as s:
        print("value", s.value)
    except StopAsyncIteration:
        print("StopAsyncIteration reached")
        break
print(issubclass(StopAsyncIteration, Exception), repr(StopAsyncIteration()))
