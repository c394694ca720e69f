class Ctx:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return False
def use():
    async with Ctx() as c:
        print(c)
use()
