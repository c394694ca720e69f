class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        reply = yield self.tag
        return reply
async def leaf(n):
    r = await Suspend(f"leaf{n}")
    return r + n
async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return a * b
async def top():
    return await mid() + 1
c = top()
msg = c.send(None)
replies = {"leaf1": 10, "leaf2": 20}
try:
    while True:
        print("request", msg)
        msg = c.send(replies[msg])
except StopIteration as e:
    print("top ->", e.value)
