# threading: thread objects and synchronisation primitives.
#
# Built in the gilpy Python subset on top of the native `_thread` module,
# with the same public surface and behaviour as CPython 3.11's module:
# Thread, Timer, local, Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event, Barrier, excepthook and the module functions.
# Every blocking wait ends in a `_thread` lock acquire, which waits
# without the GIL.

import sys as _sys
import _thread
# The native deque itself: importing all of `collections` would cost every
# threaded program its compile time at start-up.
from _collections import deque as _deque
from time import monotonic as _time

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local',
    'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace',
]

def _deprecated(message):
    """The DeprecationWarning of a legacy camelCase alias, attributed to the
    code that called the alias (warnings is imported only when needed)."""
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
_LockType = _thread.LockType

# Hooks installed in every thread started from now on.
_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The profile function set by setprofile(), or None."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The trace function set by settrace(), or None."""
    return _trace_hook


def RLock(*args, **kwargs):
    """A reentrant lock: the owning thread may acquire it again."""
    return _CRLock(*args, **kwargs)


def _deadline(timeout):
    """The monotonic time at which a wait of `timeout` seconds ends."""
    return _time() + timeout


class Condition:
    """A condition variable bound to a lock (an RLock unless one is given).

    Each waiter blocks on a lock of its own, kept in a FIFO list, so that
    notify() wakes the longest waiters first.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        kind = type(lock)
        if kind is _LockType:
            # A plain lock has none of the RLock hooks below; locked() is what
            # _is_owned() finds out for it, in one call.
            self._is_owned = lock.locked
        elif kind is _CRLock:
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        else:
            if hasattr(lock, '_release_save'):
                self._release_save = lock._release_save
            if hasattr(lock, '_acquire_restore'):
                self._acquire_restore = lock._acquire_restore
            if hasattr(lock, '_is_owned'):
                self._is_owned = lock._is_owned
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: held by anyone counts.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or timed out, re-acquire.

        Returns False when the timeout expired, True otherwise.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires.

        Returns the last value of predicate().
        """
        end = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if end is None:
                    end = _deadline(remaining)
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            gate = waiters[0]
            try:
                gate.release()
            except RuntimeError:
                # The waiter gave up (timed out) after we picked it.
                pass
            else:
                n -= 1
            if waiters and waiters[0] is gate:
                waiters.popleft()
            elif gate in waiters:
                waiters.remove(gate)

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter: acquire() takes one unit, waiting while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one unit; return False if none came within the timeout."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _deadline(timeout)
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiters."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        """Give back n units; ValueError if that exceeds the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), state)

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        """True once set() was called and clear() was not since."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout expires; return the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset."""


# Barrier states.
_FILLING = 0
_DRAINING = 1
_RESETTING = -1
_BROKEN = -2


class Barrier:
    """Blocks `parties` threads until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        head = "<%s.%s at %#x" % (cls.__module__, cls.__qualname__, id(self))
        if self.broken:
            return head + ": broken>"
        return head + ": waiters=%d/%d>" % (self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_until_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_until_filling(self):
        while self._state == _DRAINING or self._state == _RESETTING:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _FILLING

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == _DRAINING

    def _leave(self):
        if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True while the barrier is broken."""
        return self._state == _BROKEN


# Registries of live threads, guarded by _active_limbo_lock.
_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, for threads between start() and running

# Source of default thread names: Thread-1, Thread-2, ...
_name_counter = 0


def _newname(template="Thread-%d"):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


def _default_name(target):
    name = _newname("Thread-%d")
    if target is not None:
        try:
            name += " (%s)" % target.__name__
        except AttributeError:
            pass
    return name


class ExceptHookArgs:
    """The argument of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __getitem__(self, index):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[index]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __repr__(self):
        return ("threading.ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)") % tuple(self)


def excepthook(args):
    """Report an exception that escaped Thread.run() on stderr.

    SystemExit is ignored silently.
    """
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    stderr.flush()
    _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Run threading.excepthook for the exception being handled in `thread`."""
    exc_type, exc_value, exc_tb = _sys.exc_info()
    hook = excepthook
    try:
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except SystemExit:
        pass
    except BaseException:
        # The hook itself failed: report that with the default hook.
        _sys.__excepthook__(*_sys.exc_info())


class Thread:
    """A thread of control: run() executes in a new OS thread after start()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _default_name(target)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _thread.daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._locals = []
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; call it at most once per Thread."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: call the target with args and kwargs."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break reference cycles through the target and its arguments.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except BaseException:
            if self._daemonic and _sys is None:
                return
            raise

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                _invoke_excepthook(self)
        finally:
            self._finish()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # Held while the thread runs; join() waits until it is released.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()

    def _finish(self):
        for store in self._locals:
            store._forget(self._ident)
        self._locals = []
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._is_stopped = True
        if self._tstate_lock is not None:
            self._tstate_lock.release()

    def _stop(self):
        self._is_stopped = True

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds pass."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None or self._is_stopped:
            return
        if not block or timeout == 0:
            got = lock.acquire(False)
        else:
            got = lock.acquire(True, timeout)
        if got:
            lock.release()

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier (a nonzero int) once started, else None."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread once started, else None."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether the program may exit while this thread still runs."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: assign the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: assign the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """Call a function after `interval` seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started directly with _thread."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_thread.daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main Thread object."""
    return _main_thread


def _pending_non_daemon():
    me = current_thread()
    with _active_limbo_lock:
        threads = list(_active.values()) + list(_limbo.values())
    return [t for t in threads if t is not me and not t._daemonic and not t._is_stopped]


def _shutdown():
    """Called at interpreter exit: wait for every non-daemon thread to end."""
    if _main_thread._is_stopped:
        return
    _main_thread._is_stopped = True
    lock = _main_thread._tstate_lock
    if lock is not None and lock.locked():
        lock.release()
    while True:
        pending = _pending_non_daemon()
        if not pending:
            break
        for thread in pending:
            thread.join()


class _LocalStore:
    """The per-thread attribute dicts of one `local` object, by thread ident."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}

    def _forget(self, ident):
        if ident in self.dicts:
            del self.dicts[ident]


class local:
    """An object whose attributes are seen only by the thread that set them.

    A subclass's __init__ runs again, with the constructor's arguments, the
    first time each thread touches the object.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__store', _LocalStore(args, kwargs))
        object.__getattribute__(self, '_local__own_dict')(False)
        return self

    def _local__own_dict(self, run_init=True):
        store = object.__getattribute__(self, '_local__store')
        ident = get_ident()
        d = store.dicts.get(ident)
        if d is None:
            d = {}
            store.dicts[ident] = d
            thread = _active.get(ident)
            if thread is not None and ident != _main_thread._ident:
                thread._locals.append(store)
            if run_init and type(self).__init__ is not object.__init__:
                type(self).__init__(self, *store.args, **store.kwargs)
        return d

    def __getattribute__(self, name):
        own = object.__getattribute__(self, '_local__own_dict')
        d = own()
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not local:
                raise
        raise AttributeError(_no_attribute(self, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        if _is_data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        object.__getattribute__(self, '_local__own_dict')()[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        d = object.__getattribute__(self, '_local__own_dict')()
        if name not in d:
            raise AttributeError(_no_attribute(self, name))
        del d[name]


# Named like CPython's built-in type, which scripts see in reprs and messages.
local.__module__ = '_thread'
local.__name__ = local.__qualname__ = '_local'


def _no_attribute(obj, name):
    """CPython's message for a missing attribute of a local object."""
    cls = type(obj)
    label = '_thread._local' if cls is local else cls.__name__
    return "'%s' object has no attribute '%s'" % (label, name)


def _is_data_descriptor(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return hasattr(klass.__dict__[name], '__set__')
    return False


_main_thread = _MainThread()
