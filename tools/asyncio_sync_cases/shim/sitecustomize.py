"""Teaching fields on CPython, for tools/gen_asyncio_sync_cases.py.

LoopScope's asyncio records which task holds a Lock (`Lock._owner`) and which
tasks hold Semaphore slots (`Semaphore._holders`); CPython tracks neither.
To generate expectations for them on real CPython 3.11, this module (put on
PYTHONPATH, so `site` imports it at start-up) wraps CPython's own methods
with the rule LoopScope documents, leaving CPython's code and scheduling
untouched (the wrappers add no suspension point):

* Lock: `_owner` is the current task once acquire() returns, None after a
  successful release().
* Semaphore: `_holders` gets the current task appended once acquire()
  returns; a successful release() removes the current task if it holds a
  slot, else the oldest holder (BoundedSemaphore's ValueError comes first).
"""
import asyncio
from asyncio import locks


def _install():
    Lock, Semaphore = locks.Lock, locks.Semaphore

    lock_acquire, lock_release = Lock.acquire, Lock.release

    async def acquire(self):
        r = await lock_acquire(self)
        self._owner = asyncio.current_task()
        return r

    def release(self):
        lock_release(self)
        self._owner = None

    acquire.__qualname__, release.__qualname__ = 'Lock.acquire', 'Lock.release'
    Lock.acquire, Lock.release, Lock._owner = acquire, release, None

    sem_init, sem_acquire, sem_release = Semaphore.__init__, Semaphore.acquire, Semaphore.release

    def s_init(self, value=1):
        sem_init(self, value)
        self._holders = []

    async def s_acquire(self):
        r = await sem_acquire(self)
        self._holders.append(asyncio.current_task())
        return r

    def s_release(self):
        sem_release(self)
        holders = self._holders
        if holders:
            try:
                task = asyncio.current_task()
            except RuntimeError:
                task = None
            if task is not None and task in holders:
                holders.remove(task)
            else:
                del holders[0]

    s_init.__qualname__ = 'Semaphore.__init__'
    s_acquire.__qualname__ = 'Semaphore.acquire'
    s_release.__qualname__ = 'Semaphore.release'
    Semaphore.__init__, Semaphore.acquire, Semaphore.release = s_init, s_acquire, s_release


_install()
