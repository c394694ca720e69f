import inspect
class Service:
    def __init__(self, name):
        self.name = name
    async def fetch(self, key):
        return f"{self.name}:{key}"
    @staticmethod
    async def helper():
        return "static"
s = Service("svc")
print(inspect.iscoroutinefunction(s.fetch), inspect.iscoroutinefunction(Service.helper))
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
print(run(s.fetch("k1")), run(Service.helper()))
print(Service.fetch.__qualname__)
