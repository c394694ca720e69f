import inspect
async def request(url, method="GET", *headers, timeout=5, **params):
    return f"{method} {url} headers={headers} timeout={timeout} params={params}"
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(inspect.iscoroutinefunction(request))
print(run(request("/a")))
print(run(request("/b", "POST", "X-A", "X-B", timeout=1, q="x")))
c = request("/never")
print(type(c).__name__, inspect.iscoroutine(c))
c.close()
async def adder(*nums):
    return sum(nums)
print(run(adder(1, 2, 3)))
try:
    request()
except TypeError as e:
    print(e)
