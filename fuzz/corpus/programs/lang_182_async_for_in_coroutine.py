class Source:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
class Lock:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", et)
        return False
async def main():
    total = 0
    async with Lock():
        async for v in Source([1, 2, 3]):
            print("got", v)
            total += v
    squares = [x * x async for x in Source([4, 5])]
    return total, squares
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
