import inspect
def plain():
    return 1
async def coro_fn():
    return 2
def gen_fn():
    yield 3
async def agen_fn():
    yield 4
for f in [plain, coro_fn, gen_fn, agen_fn, print, lambda: 0]:
    print(getattr(f, "__name__", "?"),
          inspect.iscoroutinefunction(f),
          inspect.isgeneratorfunction(f))
c = coro_fn()
print(inspect.iscoroutine(c), inspect.iscoroutine(coro_fn), inspect.iscoroutine(gen_fn()))
c.close()
class K:
    async def m(self):
        pass
print(inspect.iscoroutinefunction(K.m), inspect.iscoroutinefunction(K().m))
