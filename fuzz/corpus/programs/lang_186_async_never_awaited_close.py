async def work():
    print("this never prints")
    return 1
c = work()
print(type(c).__name__)
c.close()
print("closed without running")
async def inner():
    return "inner value"
async def outer():
    v = await inner()
    return v.upper()
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print(e.value)
