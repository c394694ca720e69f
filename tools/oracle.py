#!/usr/bin/env python3
"""LoopScope's oracle: run a script on REAL CPython 3.11 asyncio, virtually.

    python3 tools/oracle.py run SCRIPT.py [--seed N] [--trace OUT.jsonl]
                            [--snapshots OUT.jsonl] [--max-steps N]
                            [--max-instructions N]

This is the project's own implementation of the headless run contract
(../shared/spec/run-contract.md).  It executes SCRIPT.py as ``__main__`` on
the CPython that runs it (3.11.7 here), with the contract's virtual world
installed:

* Virtual clock.  Every event loop is a ``VirtualLoop``: its ``_run_once`` is
  CPython 3.11's ``BaseEventLoop._run_once`` step for step, except that where
  CPython would sleep inside ``select(timeout)`` the clock jumps by exactly
  that timeout.  ``time.time/monotonic/perf_counter/sleep`` and
  ``datetime.datetime.now/today/utcnow`` read or move the same clock.
* Observable tasks.  Every Task is a ``TracedTask``: the pure-Python
  ``asyncio.tasks._PyTask`` with hooks on ``__step``, so that steps, task
  creations and completions can be written to the trace.  Futures stay the
  C ``_asyncio.Future``.  Where the pure-Python Task shows itself differently
  from the C Task (error messages, reprs, traceback frames), the C Task's
  appearance is restored.
* Trace (``--trace``): create / step / done / print / block / tick / end,
  one JSON object per line, as the contract describes.
* Snapshots (``--snapshots``): one JSON object per loop iteration with the
  contract's fields (tick, t, ready, heap, tasks) plus, for LoopScope's
  views, ``done`` (finished tasks with their final state) and, for each
  unfinished task, ``coro`` (its coroutine's qualname) and ``line`` (the
  line it is suspended on, null before it starts).

Exit codes: 0 ok, 1 uncaught exception (SyntaxError too), 2 usage error,
3 deadlock, 4 --max-steps exceeded.  ``--max-instructions`` is accepted and
ignored: CPython has no instruction budget.

The contract's ``reference-oracle.py`` is the reference this oracle is
checked against (``tools/check_oracle.sh``); this file is written
independently, for reading.
"""

import os
import sys

# ---------------------------------------------------------------------------
# 1. A fixed process environment
# ---------------------------------------------------------------------------
# String hashing (and so set iteration order), the stdout encoding and the
# local time zone must not depend on the caller's environment.  The only way
# to fix PYTHONHASHSEED is to start the interpreter again, so the oracle
# re-executes itself once with a normalised environment.

REQUIRED_ENV = {
    'PYTHONHASHSEED': '0',
    'PYTHONIOENCODING': 'utf-8',
    'TZ': 'UTC',
}
# Variables that would change asyncio's or the interpreter's behaviour.
FORBIDDEN_ENV = (
    'PYTHONASYNCIODEBUG', 'PYTHONDEVMODE', 'PYTHONWARNINGS',
    'PYTHONSTARTUP', 'PYTHONINSPECT', 'PYTHONUTF8',
)


def _environment_is_normalised():
    if any(os.environ.get(k) != v for k, v in REQUIRED_ENV.items()):
        return False
    return not any(k in os.environ for k in FORBIDDEN_ENV)


if __name__ == '__main__' and not _environment_is_normalised():
    _env = {k: v for k, v in os.environ.items() if k not in FORBIDDEN_ENV}
    _env.update(REQUIRED_ENV)
    _argv = [sys.executable, os.path.abspath(__file__)] + sys.argv[1:]
    os.execve(sys.executable, _argv, _env)

# From here on we run in the normalised interpreter.

import ast
import builtins
import datetime as datetime_module
import errno
import functools
import heapq
import importlib.machinery
import inspect
import io
import json
import random
import socket
import threading
import time as time_module
import traceback
import types

import asyncio
import asyncio.base_events
import asyncio.futures
import asyncio.tasks
import asyncio.unix_events

if sys.version_info[:2] != (3, 11):
    sys.stderr.write('oracle.py: warning: written against CPython 3.11 '
                     '(_run_once, _PyTask internals); this is %s\n'
                     % sys.version.split()[0])

THIS_FILE = os.path.abspath(__file__)
ASYNCIO_DIR = os.path.dirname(os.path.abspath(asyncio.__file__))

EPOCH = 1735689600.0                 # time.time() at virtual 0: 2025-01-01Z
DEFAULT_MAX_STEPS = 10_000_000
MAX_SELECT_TIMEOUT = asyncio.base_events.MAXIMUM_SELECT_TIMEOUT   # 1 day
CLOCK_RESOLUTION = 1e-9              # timers due within this fire together

# The genuine functions, saved before the virtual world replaces them.
REAL = types.SimpleNamespace(
    print=builtins.print,
    localtime=time_module.localtime,
    gmtime=time_module.gmtime,
    strftime=time_module.strftime,
    asctime=time_module.asctime,
    ctime=time_module.ctime,
    monotonic=time_module.monotonic,
    datetime=datetime_module.datetime,
    connect=socket.socket.connect,
    connect_ex=socket.socket.connect_ex,
)


# ---------------------------------------------------------------------------
# 2. Run-wide state
# ---------------------------------------------------------------------------

class World:
    """Everything the virtual world tracks for one process."""

    clock = 0.0                 # virtual seconds since the process started
    handles_run = 0             # loop handles run so far (for --max-steps)
    max_steps = DEFAULT_MAX_STEPS
    iteration = 0               # loop iterations so far, over every loop
    tasks = []                  # every Task ever created, creation order
    unreported = []             # failed tasks whose exception nobody took
    snapshot_file = None        # open --snapshots file, or None


# Object lifetimes.  CPython reports "Task exception was never retrieved"
# when a failed task whose exception nobody looked at is destroyed, i.e. as
# soon as the script drops its last reference.  The oracle, like the
# reference oracle, keeps every task alive in World.tasks until the script
# has finished: memory is then laid out as in the reference (which decides
# the iteration order of sets of tasks) and pending tasks are never
# destroyed in the middle of a run.  To still report at CPython's moment,
# after every handle the oracle looks at the failed, unreported tasks: one
# that only the oracle still references is one CPython would have destroyed
# just now, so its finaliser's report is made now.  Once the script is done
# every task is let go: whatever is still pending dies as under CPython at
# exit ("Task was destroyed but it is pending!").

# sys.getrefcount(task) in report_dropped_failed_tasks when nothing but the
# oracle refers to the task: World.tasks, World.unreported, the loop's copy
# of the list, the loop variable and getrefcount's own argument.
ORACLE_ONLY_REFCOUNT = 5


def report_dropped_failed_tasks():
    if not World.unreported:
        return
    for task in list(World.unreported):
        if not task._log_traceback:         # exception() / result() taken
            World.unreported.remove(task)
        elif sys.getrefcount(task) <= ORACLE_ONLY_REFCOUNT:
            World.unreported.remove(task)
            report_as_destroyed(task)
    task = None


def report_as_destroyed(task):
    """What _PyFuture.__del__ reports for a failed task, said now; the real
    destruction (at exit) then has nothing left to say."""
    context = {'message': 'Task exception was never retrieved',
               'exception': task._exception, 'future': task}
    if task._source_traceback:
        context['source_traceback'] = task._source_traceback
    task._log_traceback = False
    task._loop.call_exception_handler(context)


def release_all_tasks():
    """After the script: let every task die when CPython would."""
    World.unreported.clear()
    World.tasks.clear()


# ---------------------------------------------------------------------------
# 3. The trace file
# ---------------------------------------------------------------------------

class TraceWriter:
    """Writes the contract's JSONL trace.

    A task's ``create`` event is held back until the next event is written:
    ``asyncio.create_task(coro, name=X)`` constructs the task under its
    ``Task-N`` name and renames it right after, and the trace must show the
    name the task has once the creating call has returned.
    """

    def __init__(self):
        self._file = None
        self._held_creates = []     # (task, virtual time of creation)

    @property
    def active(self):
        return self._file is not None

    def open(self, path):
        self._file = open(path, 'w', encoding='utf-8')

    def _write_line(self, obj):
        self._file.write(json.dumps(obj, ensure_ascii=False) + '\n')

    def _release_creates(self):
        held, self._held_creates = self._held_creates, []
        for task, when in held:
            self._write_line({'t': when, 'ev': 'create',
                              'task': task.get_name(),
                              'coro': callable_name(task.get_coro())})

    def task_created(self, task):
        if self.active:
            self._held_creates.append((task, World.clock))

    def event(self, kind, **fields):
        if not self.active:
            return
        self._release_creates()
        obj = {'t': World.clock, 'ev': kind}
        obj.update(fields)
        self._write_line(obj)

    def finish(self, status):
        """Write the final ``end`` event and close the file."""
        if not self.active:
            return
        self.event('end', status=status)
        self._file.close()
        self._file = None


TRACE = TraceWriter()


def callable_name(obj):
    """``__qualname__`` of a callback, seen through functools.partial."""
    while isinstance(obj, functools.partial):
        obj = obj.func
    name = getattr(obj, '__qualname__', None)
    return name if isinstance(name, str) else type(obj).__qualname__


# ---------------------------------------------------------------------------
# 4. Tasks that can be watched
# ---------------------------------------------------------------------------
# asyncio.tasks._PyTask is the pure-Python Task (the C one cannot be hooked).
# Its private methods are name-mangled to _Task__step / _Task__wakeup; by
# defining methods with exactly those names in a subclass, every internal
# `self.__step` / `self.__wakeup` reference (call_soon, add_done_callback)
# picks up our versions.

PyTask = asyncio.tasks._PyTask


class TracedTask(PyTask):

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self._oracle_seq = len(World.tasks)
        self._oracle_reported = False       # `done` written to the trace
        World.tasks.append(self)
        TRACE.task_created(self)

    def _Task__step(self, exc=None):
        """One resumption of the coroutine (CPython's Task.__step)."""
        TRACE.event('step', task=self.get_name())
        try:
            PyTask._Task__step(self, exc)
        finally:
            self._report_if_finished()
            # A failed task's traceback keeps this frame alive (through the
            # pure-Python __step frame's f_back); holding the task here would
            # make a cycle that a C Task does not have, and delay CPython's
            # "Task exception was never retrieved" report.
            self = exc = None

    def _Task__wakeup(self, future):
        """The awaited future is done: resume (CPython's Task.__wakeup).

        Overridden only to be renamed below, so that the repr of a future a
        task waits on shows the C Task's ``cb=[Task.task_wakeup()]``."""
        PyTask._Task__wakeup(self, future)
        self = future = None            # no cycle through this frame

    _Task__wakeup.__qualname__ = 'Task.task_wakeup'

    def _report_if_finished(self):
        if self._oracle_reported or not self.done():
            return
        self._oracle_reported = True
        state, exc_name = task_final_state(self)
        if self._log_traceback:
            World.unreported.append(self)
        if exc_name is None:
            TRACE.event('done', task=self.get_name(), state=state)
        else:
            TRACE.event('done', task=self.get_name(), state=state,
                        exc=exc_name)

    def result(self):
        # The C Task words this error "Result is not set.", the Python
        # Future "Result is not ready.".
        if not self.done():
            raise asyncio.InvalidStateError('Result is not set.')
        return PyTask.result(self)


# `print(type(task))` must show <class '_asyncio.Task'>, as under CPython.
TracedTask.__name__ = TracedTask.__qualname__ = 'Task'
TracedTask.__module__ = '_asyncio'

STEP_METHOD = TracedTask.__dict__['_Task__step']
WAKEUP_METHOD = TracedTask.__dict__['_Task__wakeup']


def task_final_state(task):
    """('finished' | 'cancelled' | 'failed', exception type name or None).

    Reads ``_exception`` rather than calling ``exception()``: the latter
    marks the exception as retrieved and would silence CPython's
    "Task exception was never retrieved" report."""
    if task.cancelled():
        return 'cancelled', None
    exc = task._exception
    if exc is None:
        return 'finished', None
    return 'failed', type(exc).__name__


# ---------------------------------------------------------------------------
# 5. Labels for ready handles and timers
# ---------------------------------------------------------------------------

def ready_label(handle):
    """``step:Task-N``, ``wakeup:Task-N`` or ``cb:QUALNAME``."""
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, PyTask):
        method = getattr(callback, '__func__', None)
        if method is STEP_METHOD:
            return 'step:' + owner.get_name()
        if method is WAKEUP_METHOD:
            return 'wakeup:' + owner.get_name()
    return 'cb:' + callable_name(callback)


def task_woken_by(future):
    """The task whose wakeup is among the future's done-callbacks."""
    for entry in getattr(future, '_callbacks', None) or ():
        callback = entry[0] if isinstance(entry, tuple) else entry
        if getattr(callback, '__func__', None) is WAKEUP_METHOD:
            return callback.__self__
    return None


def timer_label(timer):
    """``Task-N`` when firing this timer wakes that task, else ``cb:NAME``.

    A timer wakes a task when its callback is the (unfinished) task's own
    ``cancel``, or when it completes a future -- through that future's
    set_result / set_exception / cancel method, or a future passed as an
    argument (sleep's ``_set_result_unless_cancelled(fut, ...)``) -- whose
    done-callbacks include a task's wakeup."""
    callback = timer._callback
    owner = getattr(callback, '__self__', None)
    method_name = getattr(callback, '__name__', None)
    futures_completed = []
    if isinstance(owner, PyTask):
        if method_name == 'cancel' and not owner.done():
            return owner.get_name()
    elif (asyncio.isfuture(owner)
          and method_name in ('set_result', 'set_exception', 'cancel')):
        futures_completed.append(owner)
    for arg in timer._args or ():
        if asyncio.isfuture(arg) and not isinstance(arg, PyTask):
            futures_completed.append(arg)
    for future in futures_completed:
        task = task_woken_by(future)
        if task is not None:
            return task.get_name()
    return 'cb:' + callable_name(callback)


def forget_task_callback(handle):
    """A task's step/wakeup handle is never used again once it has run.  The
    frame that ran it stays reachable from a failed task's traceback (frames
    keep their callers, f_back), so drop the handle's bound method: with the
    C Task there is no such path from the exception back to the task."""
    owner = getattr(handle._callback, '__self__', None)
    if isinstance(owner, PyTask):
        handle._callback = None
        handle._args = None


def timers_in_pop_order(heap):
    """Uncancelled timers as heapq would pop them: by `when`, ties included."""
    order = []
    heap = list(heap)
    while heap:
        timer = heapq.heappop(heap)
        if not timer._cancelled:
            order.append(timer)
    return order


# ---------------------------------------------------------------------------
# 6. Snapshots
# ---------------------------------------------------------------------------

def coroutine_frame(coro):
    return getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)


def describe_unfinished_task(task):
    coro = task.get_coro()
    not_started = (inspect.iscoroutine(coro) and
                   inspect.getcoroutinestate(coro) == inspect.CORO_CREATED)
    frame = None if not_started else coroutine_frame(coro)
    return {'name': task.get_name(),
            'state': 'pending' if not_started else 'suspended',
            'coro': callable_name(coro),
            'line': frame.f_lineno if frame is not None else None}


def write_snapshot(loop, ready):
    tasks, finished = [], []
    for task in World.tasks:
        if task.done():
            finished.append({'name': task.get_name(),
                             'state': task_final_state(task)[0]})
        else:
            tasks.append(describe_unfinished_task(task))
    snapshot = {
        'tick': World.iteration,
        't': World.clock,
        'ready': ready,
        # The heap array exactly as CPython holds it, cancelled timers too.
        'heap': [[timer._when, timer_label(timer), bool(timer._cancelled)]
                 for timer in loop._scheduled],
        'tasks': tasks,
        'done': finished,
    }
    World.snapshot_file.write(json.dumps(snapshot, ensure_ascii=False) + '\n')


# ---------------------------------------------------------------------------
# 7. Ending the run early (deadlock, step budget)
# ---------------------------------------------------------------------------

def stop_process(exit_code, status, message):
    """Flush what was printed, explain on stderr, and leave at once."""
    for stream, text in ((sys.stdout, None), (sys.stderr, message)):
        try:
            if text:
                stream.write(text)
            stream.flush()
        except Exception:
            pass
    try:
        TRACE.finish(status)
    except Exception:
        pass
    if World.snapshot_file is not None:
        World.snapshot_file.flush()
    os._exit(exit_code)


def await_chain(task):
    """Where a task stands and what it waits on, for the deadlock report:
    ``Task-2 (worker) at x.py:7, waiting on Event.wait -> Future``."""
    coro = task.get_coro()
    frame = coroutine_frame(coro)
    where = '?' if frame is None else '%s:%d' % (
        os.path.basename(frame.f_code.co_filename), frame.f_lineno)
    links = []
    current = coro
    for _ in range(64):          # follow `await` into nested coroutines
        inner = getattr(current, 'cr_await', None)
        if inner is None:
            inner = getattr(current, 'gi_yieldfrom', None)
        if inner is None:
            inner = getattr(current, 'ag_await', None)
        if inner is None or not any(hasattr(inner, a) for a in
                                    ('cr_frame', 'gi_frame', 'ag_frame')):
            break
        links.append(callable_name(inner))
        current = inner
    waiter = task._fut_waiter
    if waiter is None:
        links.append('nothing (not scheduled)')
    elif isinstance(waiter, PyTask):
        links.append('task %s' % waiter.get_name())
    else:
        links.append(type(waiter).__name__)
    return '%s (%s) at %s, waiting on %s' % (
        task.get_name(), callable_name(coro), where, ' -> '.join(links))


# ---------------------------------------------------------------------------
# 8. The virtual-time event loop
# ---------------------------------------------------------------------------

class _UnixSelectorEventLoop(asyncio.unix_events._UnixSelectorEventLoop):
    """CPython's Unix selector loop on the virtual clock.

    Named and placed like CPython's class so that ``repr(loop)`` reads
    ``<_UnixSelectorEventLoop running=... closed=... debug=...>``."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._clock_resolution = CLOCK_RESOLUTION

    def time(self):
        return World.clock

    # -- one iteration: CPython's BaseEventLoop._run_once (3.11.7) ---------

    def _run_once(self):
        self._drop_cancelled_timers()
        timeout = self._select_timeout()
        if timeout is None:
            # Nothing ready, no timer, not stopping: CPython would block in
            # select() forever, unless another thread wakes it up.
            events = self._wait_for_other_threads()
            if events is None:
                self._report_deadlock()
        else:
            # Only thread-safe wake-ups (the self-pipe) are ever polled.
            events = self._selector.select(0)
        self._process_events(events)
        events = None
        self._let_select_time_pass(timeout)
        self._move_due_timers_to_ready()
        if TRACE.active or World.snapshot_file is not None:
            self._record_iteration()
        self._run_ready_handles()

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > asyncio.base_events._MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                asyncio.base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            kept = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    kept.append(timer)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
        else:
            # Otherwise only the cancelled ones at the head leave.
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = heapq.heappop(scheduled)
                timer._scheduled = False

    def _select_timeout(self):
        if self._ready or self._stopping:
            return 0
        if self._scheduled:
            wait = max(0, self._scheduled[0]._when - self.time())
            return min(wait, MAX_SELECT_TIMEOUT)
        return None

    def _let_select_time_pass(self, timeout):
        """The virtual select lasted `timeout`: jump to the first timer, or
        by one day (MAXIMUM_SELECT_TIMEOUT) when it is further away."""
        if not timeout or self._ready or not self._scheduled:
            return
        first = self._scheduled[0]._when
        if first - World.clock > MAX_SELECT_TIMEOUT:
            World.clock += MAX_SELECT_TIMEOUT
        elif first > World.clock:
            World.clock = first

    def _move_due_timers_to_ready(self):
        end_time = self.time() + self._clock_resolution
        while self._scheduled and self._scheduled[0]._when < end_time:
            timer = heapq.heappop(self._scheduled)
            timer._scheduled = False
            self._ready.append(timer)

    def _run_ready_handles(self):
        # Exactly the handles ready now; what they schedule waits for the
        # next iteration.
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            World.handles_run += 1
            if World.handles_run > World.max_steps:
                stop_process(4, 'limit',
                             'step limit exceeded: more than %d loop handles '
                             '(t=%.6f)\n' % (World.max_steps, World.clock))
            if self._debug:
                self._run_handle_debug(handle)
            else:
                handle._run()
            forget_task_callback(handle)
            report_dropped_failed_tasks()
        handle = None

    def _run_handle_debug(self, handle):
        try:
            self._current_handle = handle
            started = self.time()
            handle._run()
            took = self.time() - started
            if took >= self.slow_callback_duration:
                asyncio.base_events.logger.warning(
                    'Executing %s took %.3f seconds',
                    asyncio.base_events._format_handle(handle), took)
        finally:
            self._current_handle = None

    # -- observation -------------------------------------------------------

    def _record_iteration(self):
        ready = [ready_label(h) for h in self._ready if not h._cancelled]
        timers = [[t._when, timer_label(t)]
                  for t in timers_in_pop_order(self._scheduled)]
        TRACE.event('tick', ready=ready, timers=timers)
        if World.snapshot_file is not None:
            World.iteration += 1
            write_snapshot(self, ready)

    # -- nothing can ever happen again --------------------------------------

    def _wait_for_other_threads(self):
        """Threads (run_in_executor, to_thread) may still call back through
        the self-pipe: wait for them in real time, up to 10 s."""
        me = threading.current_thread()
        others = [t for t in threading.enumerate()
                  if t is not me and t.is_alive()]
        if not others:
            return None
        give_up = REAL.monotonic() + 10.0
        while REAL.monotonic() < give_up:
            events = self._selector.select(0.01)
            if events:
                return events
            if not any(t.is_alive() for t in others):
                return self._selector.select(0) or None
        return None

    def _report_deadlock(self):
        waiting = sorted(asyncio.all_tasks(self),
                         key=lambda t: getattr(t, '_oracle_seq', 0))
        lines = ['deadlock: no ready handle, no pending timer, loop not '
                 'stopping (t=%.6f); %d task(s) waiting:'
                 % (World.clock, len(waiting))]
        lines += ['  ' + await_chain(t) for t in waiting]
        stop_process(3, 'deadlock', '\n'.join(lines) + '\n')

    # -- reports such as "Task exception was never retrieved" ----------------

    def default_exception_handler(self, context):
        exc = context.get('exception')
        if isinstance(exc, BaseException) and exc.__traceback__ is not None:
            exc.__traceback__ = without_hidden_frames(exc.__traceback__)
        super().default_exception_handler(context)


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
VirtualLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(
        asyncio.unix_events._UnixDefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


_UnixDefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'


# ---------------------------------------------------------------------------
# 9. Virtual time, datetime, print, network
# ---------------------------------------------------------------------------

def _named(name):
    """Give a replacement function the name of the function it replaces."""
    def rename(func):
        func.__name__ = func.__qualname__ = name
        return func
    return rename


@_named('time')
def virtual_time():
    return EPOCH + World.clock


@_named('time_ns')
def virtual_time_ns():
    return int(EPOCH) * 1_000_000_000 + round(World.clock * 1e9)


@_named('monotonic')
def virtual_monotonic():
    return World.clock


@_named('monotonic_ns')
def virtual_monotonic_ns():
    return round(World.clock * 1e9)


@_named('sleep')
def virtual_sleep(secs):
    """time.sleep: passes virtual time; inside a running loop it blocks the
    whole loop, which the trace shows as a `block` event."""
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    if asyncio._get_running_loop() is not None:
        TRACE.event('block', dur=float(secs))
    World.clock = World.clock + secs


@_named('localtime')
def virtual_localtime(secs=None):
    return REAL.localtime(virtual_time() if secs is None else secs)


@_named('gmtime')
def virtual_gmtime(secs=None):
    return REAL.gmtime(virtual_time() if secs is None else secs)


@_named('strftime')
def virtual_strftime(fmt, t=None):
    return REAL.strftime(fmt, virtual_localtime() if t is None else t)


@_named('asctime')
def virtual_asctime(t=None):
    return REAL.asctime(virtual_localtime() if t is None else t)


@_named('ctime')
def virtual_ctime(secs=None):
    return REAL.ctime(virtual_time() if secs is None else secs)


class _AnyDatetime(type):
    """isinstance / issubclass against our datetime accept real ones."""

    def __instancecheck__(cls, obj):
        return isinstance(obj, REAL.datetime)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, REAL.datetime)


class datetime(REAL.datetime, metaclass=_AnyDatetime):
    """datetime.datetime whose now/today/utcnow read the virtual clock.
    Constructing one gives a genuine datetime.datetime."""

    def __new__(cls, *args, **kwargs):
        return REAL.datetime(*args, **kwargs)

    @classmethod
    def now(cls, tz=None):
        return REAL.datetime.fromtimestamp(virtual_time(), tz)

    @classmethod
    def today(cls):
        return REAL.datetime.fromtimestamp(virtual_time())

    @classmethod
    def utcnow(cls):
        return REAL.datetime.utcfromtimestamp(virtual_time())


datetime.__module__ = 'datetime'


@_named('print')
def traced_print(*args, sep=' ', end='\n', file=None, flush=False):
    """print(), recording exactly the text of each call in the trace."""
    rendered = io.StringIO()
    REAL.print(*args, sep=sep, end=end, file=rendered)
    text = rendered.getvalue()
    if file is None:
        file = sys.stdout
        if file is None:
            return
    TRACE.event('print', text=text)
    file.write(text)
    if flush:
        file.flush()


NOT_SIMULATED = 'network is not simulated'


def refuse_name_lookup(*args, **kwargs):
    raise socket.gaierror(socket.EAI_NONAME,
                          'Name or service not known (%s)' % NOT_SIMULATED)


def refuse_inet_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise OSError(errno.ENETUNREACH,
                      'Network is unreachable (%s)' % NOT_SIMULATED)
    return REAL.connect(self, address)


def refuse_inet_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        return errno.ENETUNREACH
    return REAL.connect_ex(self, address)


def install_virtual_world(c_tasks=False):
    # Network: fails at once, deterministically.
    for name in ('getaddrinfo', 'gethostbyname', 'gethostbyname_ex'):
        setattr(socket, name, refuse_name_lookup)
    socket.socket.connect = refuse_inet_connect
    socket.socket.connect_ex = refuse_inet_connect_ex
    # Tasks: everything that creates a Task looks up tasks.Task at call time.
    if not c_tasks:
        asyncio.tasks.Task = asyncio.Task = TracedTask
    # Loops: every new loop (asyncio.run, new_event_loop) is virtual.
    asyncio.unix_events.SelectorEventLoop = VirtualLoop
    asyncio.SelectorEventLoop = VirtualLoop
    asyncio.unix_events.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
    asyncio.DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
    asyncio.set_event_loop_policy(_UnixDefaultEventLoopPolicy())
    # Time, in the UTC zone.
    time_module.tzset()
    for name, func in (('time', virtual_time), ('time_ns', virtual_time_ns),
                       ('monotonic', virtual_monotonic),
                       ('monotonic_ns', virtual_monotonic_ns),
                       ('perf_counter', virtual_monotonic),
                       ('perf_counter_ns', virtual_monotonic_ns),
                       ('sleep', virtual_sleep),
                       ('localtime', virtual_localtime),
                       ('gmtime', virtual_gmtime),
                       ('strftime', virtual_strftime),
                       ('asctime', virtual_asctime),
                       ('ctime', virtual_ctime)):
        setattr(time_module, name, func)
    datetime_module.datetime = datetime
    # Output.
    builtins.print = traced_print


# ---------------------------------------------------------------------------
# 10. Tracebacks as CPython (C Task, C Future) prints them
# ---------------------------------------------------------------------------
# The pure-Python Task adds frames a C Task does not have: its __step and
# __wakeup, and the Python Future's result/__await__ it inherits.  Our own
# frames (this file) are not the script's either.

HIDDEN_FRAMES = {
    os.path.join(ASYNCIO_DIR, 'futures.py'):
        {'result', 'exception', '__await__', '__iter__'},
    os.path.join(ASYNCIO_DIR, 'tasks.py'):
        {'__step', '__wakeup', '_Task__step', '_Task__wakeup'},
}


def is_shown(filename, function):
    if filename == THIS_FILE:
        return False
    return function not in HIDDEN_FRAMES.get(filename, ())


def without_hidden_frames(tb):
    """A new traceback chain with only the frames CPython would show."""
    kept = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if is_shown(code.co_filename, code.co_name):
            kept.append(tb)
        tb = tb.tb_next
    chain = None
    for entry in reversed(kept):
        chain = types.TracebackType(chain, entry.tb_frame, entry.tb_lasti,
                                    entry.tb_lineno)
    return chain


def _prune_stacks(tbe, visited):
    """Drop hidden frames in a TracebackException, its causes, contexts and
    the members of exception groups."""
    if tbe is None or id(tbe) in visited:
        return
    visited.add(id(tbe))
    tbe.stack = traceback.StackSummary.from_list(
        [fs for fs in tbe.stack if is_shown(fs.filename, fs.name)])
    _prune_stacks(tbe.__cause__, visited)
    _prune_stacks(tbe.__context__, visited)
    for member in getattr(tbe, 'exceptions', None) or ():
        _prune_stacks(member, visited)


def format_uncaught(exc):
    tbe = traceback.TracebackException(type(exc), exc, exc.__traceback__,
                                       compact=True)
    _prune_stacks(tbe, set())
    return ''.join(tbe.format())


# ---------------------------------------------------------------------------
# 11. Command line
# ---------------------------------------------------------------------------

USAGE = ('usage: oracle.py run SCRIPT.py [--seed N] [--trace FILE.jsonl] '
         '[--snapshots FILE.jsonl] [--max-steps N] [--max-instructions N]\n'
         '       [--c-tasks]   diagnostic: keep the C Task (no step events);\n'
         '                     stdout must not change (tools/check_oracle.sh)\n')


class Options:
    c_tasks = False
    script = None
    seed = 0
    trace = None
    snapshots = None
    max_steps = DEFAULT_MAX_STEPS


def usage_error(message):
    sys.stderr.write(USAGE + 'error: ' + message + '\n')
    sys.exit(2)


def parse_int(option, text):
    try:
        return int(text)
    except ValueError:
        usage_error('%s wants an integer, got %r' % (option, text))


def parse_command_line(argv):
    opts = Options()
    args = list(argv)
    if args[:1] == ['run']:
        args = args[1:]
    valued = ('--seed', '--trace', '--snapshots', '--max-steps',
              '--max-instructions')
    while args:
        arg = args.pop(0)
        if arg in ('-h', '--help'):
            sys.stdout.write(USAGE)
            sys.exit(0)
        if arg == '--c-tasks':
            opts.c_tasks = True
            continue
        name, has_value, value = arg.partition('=')
        if name in valued:
            if not has_value:
                if not args:
                    usage_error('%s needs a value' % name)
                value = args.pop(0)
            if name == '--seed':
                opts.seed = parse_int(name, value)
            elif name == '--trace':
                opts.trace = value
            elif name == '--snapshots':
                opts.snapshots = value
            elif name == '--max-steps':
                opts.max_steps = parse_int(name, value)
                if opts.max_steps < 0:
                    usage_error('--max-steps must be >= 0')
            # --max-instructions: no such budget in CPython; ignored.
        elif arg.startswith('--'):
            usage_error('unknown option %s' % arg)
        elif opts.script is None:
            opts.script = arg
        else:
            usage_error('unexpected argument %r' % arg)
    if opts.script is None:
        usage_error('no script given')
    return opts


# ---------------------------------------------------------------------------
# 12. Running the script
# ---------------------------------------------------------------------------

def compile_script(source, path):
    """Compile as python3 would; a module body that awaits (Jupyter cells,
    `python -m asyncio`) compiles as a coroutine instead.  Raises the plain
    compile's SyntaxError when neither works."""
    try:
        return compile(source, path, 'exec', dont_inherit=True)
    except SyntaxError as plain_error:
        try:
            code = compile(source, path, 'exec', dont_inherit=True,
                           flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        except SyntaxError:
            code = None
        if code is None or not code.co_flags & inspect.CO_COROUTINE:
            raise plain_error
        return code


def make_main_module(path, script_arg):
    module = types.ModuleType('__main__')
    module.__file__ = path
    module.__cached__ = None
    module.__builtins__ = builtins
    module.__loader__ = importlib.machinery.SourceFileLoader('__main__', path)
    module.__package__ = None
    module.__spec__ = None
    sys.modules['__main__'] = module
    sys.argv[:] = [script_arg]
    sys.path[0] = os.path.dirname(path)
    return module


def exit_code_of(system_exit):
    code = system_exit.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    try:
        sys.stderr.write(str(code) + '\n')
    except Exception:
        pass
    return 1


def flush_stdout():
    try:
        sys.stdout.flush()
    except Exception:
        pass


def main(argv):
    opts = parse_command_line(argv)
    path = os.path.abspath(opts.script)
    try:
        with open(path, 'rb') as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write("oracle.py: can't open file %r: [Errno %d] %s\n"
                         % (path, e.errno, e.strerror))
        return 2

    try:
        if opts.trace:
            TRACE.open(opts.trace)
        if opts.snapshots:
            World.snapshot_file = open(opts.snapshots, 'w', encoding='utf-8')
    except OSError as e:
        usage_error('cannot write %s: %s' % (e.filename, e.strerror))
    World.max_steps = opts.max_steps

    try:
        code = compile_script(source, path)
    except SyntaxError as e:
        sys.stderr.write(''.join(traceback.format_exception_only(type(e), e)))
        TRACE.finish('error')
        return 1
    except ValueError as e:            # e.g. null bytes in the source
        sys.stderr.write('%s: %s\n' % (type(e).__name__, e))
        TRACE.finish('error')
        return 1

    install_virtual_world(c_tasks=opts.c_tasks)
    module = make_main_module(path, opts.script)
    random.seed(opts.seed)

    status, exit_code = 'ok', 0
    try:
        if code.co_flags & inspect.CO_COROUTINE:
            # Top-level await: the module body is the main task (Task-1).
            asyncio.run(eval(code, module.__dict__))
        else:
            exec(code, module.__dict__)
    except SystemExit as e:
        exit_code = exit_code_of(e)
        status = 'ok' if exit_code == 0 else 'error'
    except BaseException as e:
        status, exit_code = 'error', 1
        flush_stdout()
        sys.stderr.write(format_uncaught(e))
        # As the interpreter's own error printing does, keep the exception
        # (and so its frames) alive until shutdown: warnings emitted when
        # those frames die then come at the same moment as under python3.
        sys.last_type, sys.last_value, sys.last_traceback = (
            type(e), e, e.__traceback__)
    flush_stdout()
    TRACE.finish(status)
    release_all_tasks()
    return exit_code


if __name__ == '__main__':
    # The script's module replaces us as __main__; keep this module (and the
    # objects it holds) alive until the interpreter exits.
    _oracle_module = sys.modules['__main__']
    sys.exit(main(sys.argv[1:]))
