# hostile: a task spawning a task without end
# reference: loopscope
# args: --max-steps 100000
# expect-code: 4
# expect-stderr: step limit exceeded: more than 100000 loop handles (t=0.000000)
import asyncio

async def spawn():
    asyncio.get_running_loop().create_task(spawn())

async def main():
    await spawn()
    await asyncio.Event().wait()

asyncio.run(main())
