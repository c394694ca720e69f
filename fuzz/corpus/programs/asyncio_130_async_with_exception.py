# __aexit__ sees the exception; returning True suppresses it.
import asyncio


class Transaction:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        print("BEGIN")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        if exc_type is None:
            print("COMMIT")
        else:
            print(f"ROLLBACK ({exc_type.__name__}: {exc})")
        return self.suppress


async def main():
    async with Transaction(suppress=True):
        raise ValueError("constraint violated")
    print("suppressed, carrying on")
    try:
        async with Transaction(suppress=False):
            await asyncio.sleep(0.1)
            raise KeyError("row")
    except KeyError as e:
        print("propagated:", repr(e))
    async with Transaction(suppress=False):
        print("work")


asyncio.run(main())
