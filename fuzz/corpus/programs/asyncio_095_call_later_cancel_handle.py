# A TimerHandle can be cancelled before it fires; repr shows its state.
import asyncio


def alarm(msg):
    print("ALARM:", msg)


async def main():
    loop = asyncio.get_running_loop()
    snooze = loop.call_later(5, alarm, "wake up")
    backup = loop.call_later(6, alarm, "backup alarm")
    await asyncio.sleep(1)
    snooze.cancel()
    print(type(snooze).__name__, snooze.cancelled(), backup.cancelled())
    print("backup fires at", backup.when())
    await asyncio.sleep(10)
    print("done at", loop.time())


asyncio.run(main())
