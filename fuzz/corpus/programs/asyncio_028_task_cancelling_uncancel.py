# cancelling() counts pending cancel requests; uncancel() takes one back.
import asyncio


async def stubborn():
    me = asyncio.current_task()
    for round_ in range(3):
        try:
            await asyncio.sleep(1)
            print(f"round {round_}: slept")
        except asyncio.CancelledError:
            print(f"round {round_}: cancelled, cancelling()={me.cancelling()}")
            left = me.uncancel()
            print(f"round {round_}: uncancel() -> {left}")
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    t.cancel()                  # a second request while the first is pending
    print("main: cancelling() =", t.cancelling())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())


asyncio.run(main())
