class Step:
    def __await__(self):
        return (yield "paused")
async def risky(flag):
    got = await Step()
    if flag:
        raise ValueError(f"bad value {got}")
    return got
c = risky(True)
print(c.send(None))
try:
    c.send(7)
except ValueError as e:
    print("ValueError:", e)
c2 = risky(False)
c2.send(None)
try:
    c2.throw(KeyError("injected"))
except KeyError as e:
    print("thrown in:", repr(e))
c3 = risky(False)
c3.send(None)
c3.close()
print("closed")
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
