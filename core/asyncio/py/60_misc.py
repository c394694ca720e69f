# The Python half of LoopScope's asyncio model: the rest of the `asyncio`
# namespace.
#
# Names follow CPython 3.11.7's Lib/asyncio (exceptions.py, events.py,
# protocols.py, threads.py, streams.py, subprocess.py; Copyright Python
# Software Foundation; PSF License Agreement). What the virtual world does
# not simulate (threads, network, processes) is still importable, so that
# programs and their annotations load, but raises NotImplementedError naming
# what is not simulated when used.


# ------------------------------------------------------------ exceptions.py

class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available.

    Raised if OS does not support sendfile syscall for given socket or
    file type.
    """
    __module__ = 'asyncio.exceptions'


def _not_simulated(what, why):
    return NotImplementedError(
        f'{what} is not simulated by LoopScope ({why})')


# --------------------------------------------------------------- threads.py

async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Not simulated: LoopScope's virtual world has a single thread.
    """
    raise _not_simulated('asyncio.to_thread()',
                         'the virtual world has no threads')


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object (asyncio futures pass)."""
    if isfuture(future):
        return future
    raise _not_simulated('asyncio.wrap_future() of a concurrent.futures.Future',
                         'the virtual world has no threads')


# --------------------------------------------------------------- streams.py

async def open_connection(host=None, port=None, *, limit=2**16, **kwds):
    raise _not_simulated('asyncio.open_connection()',
                         'the virtual world has no network')


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=2**16, **kwds):
    raise _not_simulated('asyncio.start_server()',
                         'the virtual world has no network')


async def open_unix_connection(path=None, *, limit=2**16, **kwds):
    raise _not_simulated('asyncio.open_unix_connection()',
                         'the virtual world has no network')


async def start_unix_server(client_connected_cb, path=None, *,
                            limit=2**16, **kwds):
    raise _not_simulated('asyncio.start_unix_server()',
                         'the virtual world has no network')


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=2**16, loop=None):
        raise _not_simulated('asyncio.StreamReader',
                             'the virtual world has no network')


class StreamWriter:
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        raise _not_simulated('asyncio.StreamWriter',
                             'the virtual world has no network')


# ------------------------------------------------------------ subprocess.py

async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=2**16, **kwds):
    raise _not_simulated('asyncio.create_subprocess_shell()',
                         'the virtual world has no processes')


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=2**16, **kwds):
    raise _not_simulated('asyncio.create_subprocess_exec()',
                         'the virtual world has no processes')


# ------------------------------------------------------------ protocols.py

class BaseProtocol:
    """Common base class for protocol interfaces."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """Interface for stream protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received."""

    def eof_received(self):
        """Called when the other end calls write_eof() or equivalent."""


class BufferedProtocol(BaseProtocol):
    """Interface for stream protocol with manual buffer control."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def get_buffer(self, sizehint):
        """Called to allocate a new receive buffer."""

    def buffer_updated(self, nbytes):
        """Called when the buffer was updated with the received data."""

    def eof_received(self):
        """Called when the other end calls write_eof() or equivalent."""


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for protocol for subprocess calls."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor associated with the child process is
        closed."""

    def process_exited(self):
        """Called when subprocess has exited."""


class StreamReaderProtocol(Protocol):
    __module__ = 'asyncio.streams'

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        raise _not_simulated('asyncio.StreamReaderProtocol',
                             'the virtual world has no network')


# ----------------------------------------------------------- transports.py

class BaseTransport:
    """Base class for transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        """Get optional transport information."""
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    """Interface for read-only transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class WriteTransport(BaseTransport):
    """Interface for write-only transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class Transport(ReadTransport, WriteTransport):
    """Interface representing a bidirectional transport."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """Interface for datagram (UDP) transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class SubprocessTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()


# --------------------------------------------------------------- events.py

class AbstractServer:
    """Abstract server returned by create_server()."""
    __module__ = 'asyncio.events'


class Server(AbstractServer):
    __module__ = 'asyncio.base_events'

    def __init__(self, *args, **kwargs):
        raise _not_simulated('asyncio.Server', 'the virtual world has no network')


class AbstractEventLoop:
    """Abstract event loop (LoopScope's loop is _UnixSelectorEventLoop)."""
    __module__ = 'asyncio.events'


SelectorEventLoop = _UnixSelectorEventLoop


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one event loop for the (only) thread.

    LoopScope's asyncio.get_event_loop, set_event_loop and new_event_loop
    are the policy's own; a policy installed with set_event_loop_policy is
    returned by get_event_loop_policy but does not replace them.
    """
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """UNIX event loop policy with a watcher for child processes."""
    __module__ = 'asyncio.unix_events'

    def get_child_watcher(self):
        raise _not_simulated('child watchers', 'the virtual world has no processes')

    def set_child_watcher(self, watcher):
        raise _not_simulated('child watchers', 'the virtual world has no processes')


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


class AbstractChildWatcher:
    """Abstract base class for monitoring child processes (not simulated)."""
    __module__ = 'asyncio.unix_events'

    def __init__(self, *args, **kwargs):
        raise _not_simulated('child watchers', 'the virtual world has no processes')


class PidfdChildWatcher(AbstractChildWatcher):
    __module__ = 'asyncio.unix_events'


class SafeChildWatcher(AbstractChildWatcher):
    __module__ = 'asyncio.unix_events'


class FastChildWatcher(AbstractChildWatcher):
    __module__ = 'asyncio.unix_events'


class MultiLoopChildWatcher(AbstractChildWatcher):
    __module__ = 'asyncio.unix_events'


class ThreadedChildWatcher(AbstractChildWatcher):
    __module__ = 'asyncio.unix_events'

_event_loop_policy = None


def get_event_loop_policy():
    """Get the current event loop policy."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy.

    If policy is None, the default policy is restored."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_child_watcher():
    """Equivalent to calling get_event_loop_policy().get_child_watcher()."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Equivalent to calling
    get_event_loop_policy().set_child_watcher(watcher)."""
    return get_event_loop_policy().set_child_watcher(watcher)


# ------------------------------------------------------------- submodules
# `asyncio.tasks.gather`, `asyncio.exceptions.CancelledError`, ...: every
# submodule name is the flat asyncio module itself (as `import
# asyncio.tasks` gives it; see asyncio_module.cpp).

import asyncio as _asyncio

base_events = coroutines = events = exceptions = futures = locks = \
    protocols = queues = runners = streams = subprocess = tasks = \
    taskgroups = timeouts = threads = transports = mixins = unix_events = \
    _asyncio
del _asyncio


# CPython's asyncio.__all__ (3.11, Unix), without the private task
# registry hooks (_register_task, _enter_task, ...; tasks register with the
# C++ loop) and _set_running_loop.
__all__ = (
    'BaseEventLoop', 'Server', 'iscoroutinefunction', 'iscoroutine',
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
    'set_child_watcher', 'get_running_loop', '_get_running_loop',
    'BrokenBarrierError', 'CancelledError', 'InvalidStateError',
    'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
    'SendfileNotAvailableError', 'Future', 'wrap_future', 'isfuture', 'Lock',
    'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
    'BufferedProtocol', 'Runner', 'run', 'Queue', 'PriorityQueue',
    'LifoQueue', 'QueueFull', 'QueueEmpty', 'StreamReader', 'StreamWriter',
    'StreamReaderProtocol', 'open_connection', 'start_server',
    'open_unix_connection', 'start_unix_server', 'create_subprocess_exec',
    'create_subprocess_shell', 'Task', 'create_task', 'FIRST_COMPLETED',
    'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed',
    'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks', 'to_thread', 'Timeout', 'timeout',
    'timeout_at', 'BaseTransport', 'ReadTransport', 'WriteTransport',
    'Transport', 'DatagramTransport', 'SubprocessTransport',
    'SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher',
    'FastChildWatcher', 'PidfdChildWatcher', 'MultiLoopChildWatcher',
    'ThreadedChildWatcher', 'DefaultEventLoopPolicy')
