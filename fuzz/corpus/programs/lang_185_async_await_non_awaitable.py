async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
async def bad2():
    await [1, 2]
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    def __await__(self):
        return 42
async def bad3():
    await NotIter()
try:
    bad3().send(None)
except TypeError as e:
    print("TypeError:", e)
