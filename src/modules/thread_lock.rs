//! Lock primitives of `_thread`: `LockType` and `RLock`, waiting without the GIL.

use crate::builtins::args::bind;
use crate::gil::Wake;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::any::Any;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Largest timeout accepted, in seconds (CPython's `_thread.TIMEOUT_MAX` on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// Longest wait CPython accepts before it reports "timeout value is too large"
/// (its limit is kept in whole microseconds: `i64::MAX / 1000`).
const LARGEST_WAIT: f64 = 9_223_372_036.854_775;

/// Nanoseconds in a second, as a float for range checks.
const NANOS: f64 = 1e9;

/// A timeout argument in seconds, checked the way CPython converts it to its
/// nanosecond clock type: floats must not be NaN and must fit in `i64`
/// nanoseconds; other values must be integers (`__index__`).
pub fn timeout_seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Float(f) = v {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let nanos = f * NANOS;
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&nanos) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(*f);
    }
    let too_large = "timestamp too large to convert to C _PyTime_t";
    if let Value::BigInt(_) = v {
        return Err(vm.overflow_error(too_large));
    }
    let secs = vm.to_index(v)?;
    if secs.unsigned_abs() > (i64::MAX as u64) / 1_000_000_000 {
        return Err(vm.overflow_error(too_large));
    }
    Ok(secs as f64)
}

/// The state of a [`RawLock`].
#[derive(Default)]
struct LockState {
    locked: bool,
    /// Threads blocked in `acquire_until`.
    waiters: u32,
    /// A waiter was woken and has not yet looked at the lock: a release need
    /// not wake another. Without this, a thread that releases and re-takes
    /// the lock in a loop (while others wait) makes a futex wake-up per
    /// iteration, each of them futile.
    wake_pending: bool,
}

/// A non-reentrant lock shared between OS threads.
#[derive(Default)]
pub struct RawLock {
    state: Mutex<LockState>,
    cv: Condvar,
}

impl RawLock {
    /// Takes the lock if free.
    pub fn try_acquire(&self) -> bool {
        let mut s = self.state.lock();
        if s.locked {
            return false;
        }
        s.locked = true;
        true
    }

    /// Waits for the lock until `deadline` (forever when `None`); call without the GIL.
    pub fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut s = self.state.lock();
        while s.locked {
            s.waiters += 1;
            let timed_out = wait_until(&self.cv, &mut s, deadline);
            s.waiters -= 1;
            // The woken waiter (if this was it) has now looked.
            s.wake_pending = false;
            if timed_out && s.locked {
                return false;
            }
        }
        s.locked = true;
        true
    }

    /// Releases the lock; false when it was not locked.
    pub fn release(&self) -> bool {
        let mut s = self.state.lock();
        if !s.locked {
            return false;
        }
        s.locked = false;
        if s.waiters > 0 && !s.wake_pending {
            s.wake_pending = self.cv.notify_one();
        }
        true
    }

    /// True when held.
    pub fn is_locked(&self) -> bool {
        self.state.lock().locked
    }
}

/// State of a reentrant lock: owner thread ident and recursion count.
#[derive(Default)]
struct RState {
    owner: u64,
    count: u64,
    /// Threads blocked in `acquire_until`.
    waiters: u32,
    /// As [`LockState`]'s: a woken waiter has not yet looked at the lock.
    wake_pending: bool,
}

/// A reentrant lock shared between OS threads.
#[derive(Default)]
pub struct RawRLock {
    state: Mutex<RState>,
    cv: Condvar,
}

impl RawRLock {
    /// Takes the lock for `me` if free or already mine.
    fn try_acquire(&self, me: u64) -> bool {
        let mut s = self.state.lock();
        if s.count == 0 || s.owner == me {
            s.owner = me;
            s.count += 1;
            return true;
        }
        false
    }

    /// Waits until the lock is free, then takes it `count` times (call without the GIL).
    fn acquire_until(&self, me: u64, count: u64, deadline: Option<Instant>) -> bool {
        let mut s = self.state.lock();
        while s.count != 0 && s.owner != me {
            s.waiters += 1;
            let timed_out = wait_until(&self.cv, &mut s, deadline);
            s.waiters -= 1;
            s.wake_pending = false;
            if timed_out && s.count != 0 && s.owner != me {
                return false;
            }
        }
        s.owner = me;
        s.count += count;
        true
    }

    /// Releases once; false when `me` does not own it.
    fn release(&self, me: u64) -> bool {
        let mut s = self.state.lock();
        if s.count == 0 || s.owner != me {
            return false;
        }
        s.count -= 1;
        if s.count == 0 {
            s.owner = 0;
            self.wake_one(&mut s);
        }
        true
    }

    /// Releases completely, returning the count (for Condition.wait).
    fn release_all(&self, me: u64) -> Option<u64> {
        let mut s = self.state.lock();
        if s.count == 0 || s.owner != me {
            return None;
        }
        let n = s.count;
        s.count = 0;
        s.owner = 0;
        self.wake_one(&mut s);
        Some(n)
    }

    /// After a full release: wakes a waiter unless one is already on its way.
    fn wake_one(&self, s: &mut RState) {
        if s.waiters > 0 && !s.wake_pending {
            s.wake_pending = self.cv.notify_one();
        }
    }
}

/// `_thread.LockType`.
pub struct Lock {
    /// The shared lock.
    pub raw: Arc<RawLock>,
    class: Rc<Class>,
}

/// `_thread.RLock`.
pub struct RLock {
    raw: Arc<RawRLock>,
    class: Rc<Class>,
}

impl NativeObject for Lock {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for RLock {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Makes a new unlocked `Lock` of class `class`.
pub fn new_lock(class: Rc<Class>) -> Value {
    Value::native(Lock {
        raw: Arc::new(RawLock::default()),
        class,
    })
}

/// Makes a new `RLock` of class `class`.
pub fn new_rlock(class: Rc<Class>) -> Value {
    Value::native(RLock {
        raw: Arc::new(RawRLock::default()),
        class,
    })
}

/// Parses `acquire(blocking=True, timeout=-1)` into an optional deadline; `Err` for bad values.
/// Returns `(blocking, deadline)`.
fn acquire_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(bool, Option<Instant>)> {
    if kw.names.is_empty() {
        // The common calls, `acquire()`, `acquire(False)` and `with lock:`, need no binding.
        match args {
            [] => return Ok((true, None)),
            [Value::Bool(blocking)] => return Ok((*blocking, None)),
            _ => {}
        }
    }
    let slots = bind(vm, "acquire", args, kw, &["blocking", "timeout"], 0)?;
    let blocking = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match &slots[1] {
        Some(v) => timeout_seconds(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > LARGEST_WAIT {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    Ok((blocking, deadline))
}

fn this_lock<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Lock> {
    args.first()
        .and_then(|a| a.downcast::<Lock>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'lock' object"))
}

fn this_rlock<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RLock> {
    args.first()
        .and_then(|a| a.downcast::<RLock>())
        .ok_or_else(|| vm.type_error("descriptor requires an 'RLock' object"))
}

/// `lock.acquire(blocking=True, timeout=-1)`.
pub fn lock_acquire(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let raw = this_lock(vm, args)?.raw.clone();
    let (blocking, deadline) = acquire_args(vm, &args[1..], kw)?;
    if raw.try_acquire() {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let got = vm.blocking_acquire(deadline, |until| raw.acquire_until(until))?;
    Ok(Value::Bool(got))
}

/// `lock.release()`.
pub fn lock_release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if this_lock(vm, args)?.raw.release() {
        Ok(Value::None)
    } else {
        Err(vm.runtime_error("release unlocked lock"))
    }
}

/// `lock.locked()`.
pub fn lock_locked(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this_lock(vm, args)?.raw.is_locked()))
}

/// `lock.__exit__(*exc)`.
pub fn lock_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    lock_release(vm, &args[..1.min(args.len())], Kw::EMPTY)
}

/// `repr(lock)`.
pub fn lock_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = this_lock(vm, args)?;
    let state = if l.raw.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(Value::string(format!(
        "<{state} _thread.lock object at {:#x}>",
        vm.id_of(&args[0])
    )))
}

/// `rlock.acquire(blocking=True, timeout=-1)`.
pub fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let raw = this_rlock(vm, args)?.raw.clone();
    let (blocking, deadline) = acquire_args(vm, &args[1..], kw)?;
    let me = vm.thread_ident;
    if raw.try_acquire(me) {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let got = vm.blocking_acquire(deadline, |until| raw.acquire_until(me, 1, until))?;
    Ok(Value::Bool(got))
}

/// `rlock.release()`.
pub fn rlock_release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let me = vm.thread_ident;
    if this_rlock(vm, args)?.raw.release(me) {
        Ok(Value::None)
    } else {
        Err(vm.runtime_error("cannot release un-acquired lock"))
    }
}

/// `rlock.__exit__(*exc)`.
pub fn rlock_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rlock_release(vm, &args[..1.min(args.len())], Kw::EMPTY)
}

/// `rlock._is_owned()`.
pub fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let me = vm.thread_ident;
    let s = this_rlock(vm, args)?.raw.state.lock();
    Ok(Value::Bool(s.count > 0 && s.owner == me))
}

/// `rlock._release_save()`: releases fully, returning `(count, owner)`.
pub fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let me = vm.thread_ident;
    match this_rlock(vm, args)?.raw.release_all(me) {
        Some(n) => Ok(Value::tuple(vec![
            Value::Int(n as i64),
            Value::Int(me as i64),
        ])),
        None => Err(vm.runtime_error("cannot release un-acquired lock")),
    }
}

/// `rlock._acquire_restore((count, owner))`.
pub fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let raw = this_rlock(vm, args)?.raw.clone();
    let count = match args.get(1) {
        Some(Value::Tuple(t)) => match t.as_slice().first() {
            Some(Value::Int(n)) => *n as u64,
            _ => 1,
        },
        _ => 1,
    };
    let me = vm.thread_ident;
    vm.allow_threads_woken_by(|| raw.acquire_until(me, count, None), |_| Wake::Handoff);
    Ok(Value::None)
}

/// `repr(rlock)`.
pub fn rlock_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this_rlock(vm, args)?;
    let (owner, count) = {
        let s = r.raw.state.lock();
        (s.owner, s.count)
    };
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(Value::string(format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
        vm.id_of(&args[0])
    )))
}

/// Waits once on `cv` until notified or `deadline` (forever when `None`); true when it timed out.
fn wait_until<T>(cv: &Condvar, guard: &mut MutexGuard<'_, T>, deadline: Option<Instant>) -> bool {
    match deadline {
        Some(d) => cv.wait_until(guard, d).timed_out(),
        None => {
            cv.wait(guard);
            false
        }
    }
}
