# run_forever with nothing scheduled and no stop(): a deadlock report.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "the only callback")
loop.run_forever()
print("never printed")
