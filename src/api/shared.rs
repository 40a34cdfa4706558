//! `SharedInterpreter`: one interpreter that many Rust threads call into, serialised on its GIL.

use super::control::InterruptHandle;
use super::error::RunError;
use super::python::Python;
use crate::gil::{Gil, GilBound};
use crate::vm::Vm;
use crate::vm::interp::Interp;
use parking_lot::Mutex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Weak};
use std::thread::ThreadId;

/// An interpreter that any Rust thread can enter: `Send + Sync`, cheap to clone.
///
/// Each [`SharedInterpreter::with_gil`] waits for the interpreter's GIL, then
/// runs the closure with a [`Python`] token on a per-thread VM (made the first
/// time a thread enters, kept until the interpreter is dropped). Threads take
/// turns in FIFO order; a thread that waits in Python code (sleep, a lock)
/// lets the others in meanwhile. Make one with [`crate::Interpreter::into_shared`].
///
/// ```
/// let shared = gilpy::Interpreter::new().into_shared();
/// shared.with_gil(|py| py.run("import threading\nlock = threading.Lock()\ncount = 0", "<init>")).unwrap();
/// let workers: Vec<_> = (0..4).map(|_| {
///     let s = shared.clone();
///     std::thread::spawn(move || {
///         for _ in 0..25 {
///             s.with_gil(|py| py.run("with lock:\n    count += 1", "<inc>")).unwrap();
///         }
///     })
/// }).collect();
/// for w in workers {
///     w.join().unwrap();
/// }
/// assert_eq!(shared.with_gil(|py| py.get_global::<i64>("count")).unwrap(), 100);
/// ```
#[derive(Clone)]
pub struct SharedInterpreter {
    pub(super) inner: Arc<Shared>,
}

/// What every clone of a [`SharedInterpreter`] points to.
pub(super) struct Shared {
    pub(super) gil: Arc<Gil>,
    interrupt: Arc<AtomicBool>,
    host_thread_stack_size: usize,
    /// The interpreter and its per-thread VMs, touched only with the GIL held.
    state: Mutex<Option<GilBound<State>>>,
    /// Values of [`super::SharedObject`]s dropped without the GIL, dropped at the next hand-back.
    pub(super) pending_drops: Mutex<Vec<GilBound<crate::objects::Value>>>,
}

/// The GIL-bound part of a shared interpreter.
struct State {
    interp: Rc<Interp>,
    vms: HashMap<ThreadId, Vm>,
}

thread_local! {
    /// The shared interpreters this thread is inside (by address), to refuse re-entry.
    static ENTERED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// The shared interpreters holding a VM for this thread: dropped when the thread ends.
    static THREAD_VMS: ThreadVms = const { ThreadVms(RefCell::new(Vec::new())) };
}

/// The interpreters that made a VM for this thread; when the thread ends, each drops it.
struct ThreadVms(RefCell<Vec<Weak<Shared>>>);

impl Drop for ThreadVms {
    fn drop(&mut self) {
        let thread = std::thread::current().id();
        for shared in self.0.borrow_mut().drain(..) {
            if let Some(shared) = shared.upgrade() {
                shared.forget_thread(thread);
            }
        }
    }
}

impl SharedInterpreter {
    /// Shares an interpreter whose VM was made on this thread; this thread holds the GIL
    /// and gives it up.
    pub(crate) fn from_owned(vm: Vm, host_thread_stack_size: usize) -> SharedInterpreter {
        let interp = vm.interp.clone();
        let gil = interp.gil.clone();
        let interrupt = interp.interrupt.clone();
        let mut vms = HashMap::new();
        vms.insert(std::thread::current().id(), vm);
        let state = State { interp, vms };
        let shared = Shared {
            gil: gil.clone(),
            interrupt,
            host_thread_stack_size,
            state: Mutex::new(Some(GilBound::new(state))),
            pending_drops: Mutex::new(Vec::new()),
        };
        gil.release();
        SharedInterpreter {
            inner: Arc::new(shared),
        }
    }

    /// Waits for the GIL, runs `f` with the token, and gives the GIL back.
    ///
    /// Output is flushed before it returns. A thread already inside this
    /// interpreter (for example a host function called by Python code) gets
    /// [`RunError::GilAlreadyHeld`]: it should use the token it has.
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let v: Vec<i64> = shared.with_gil(|py| py.eval("list(range(3))")).unwrap();
    /// assert_eq!(v, [0, 1, 2]);
    /// let inner = shared.clone();
    /// let nested = shared.with_gil(|_py| Ok(inner.with_gil(|_| Ok(()))));
    /// assert_eq!(nested, Ok(Err(gilpy::RunError::GilAlreadyHeld)));
    /// ```
    pub fn with_gil<R>(
        &self,
        f: impl FnOnce(&mut Python<'_>) -> Result<R, RunError>,
    ) -> Result<R, RunError> {
        let key = Arc::as_ptr(&self.inner) as usize;
        if ENTERED.with(|e| e.borrow().contains(&key)) {
            return Err(RunError::GilAlreadyHeld);
        }
        let mut entered = Entered::enter(&self.inner, key);
        let vm = entered.vm.as_mut().map(Python::new);
        match vm {
            Some(mut py) => f(&mut py),
            None => Err(RunError::GilAlreadyHeld),
        }
    }

    /// How many threads have a VM in this interpreter (each thread that entered
    /// and has not ended, counting this one). Waits for the GIL.
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let s = shared.clone();
    /// std::thread::spawn(move || s.with_gil(|py| py.run("pass", "<t>")).unwrap()).join().unwrap();
    /// assert_eq!(shared.host_thread_count().unwrap(), 1);
    /// ```
    pub fn host_thread_count(&self) -> Result<usize, RunError> {
        self.with_gil(|_py| {
            let mut state = self.inner.state.lock();
            let others = state.as_mut().map_or(0, |s| s.get_mut().vms.len());
            Ok(others + 1)
        })
    }

    /// A handle that raises `KeyboardInterrupt` in the code host threads run.
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let handle = shared.interrupt_handle();
    /// handle.interrupt();
    /// let err = shared.with_gil(|py| py.run("while True: pass", "<spin>")).unwrap_err();
    /// assert!(err.is_keyboard_interrupt());
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle::new(self.inner.interrupt.clone())
    }
}

/// A thread's stay inside a shared interpreter: holds the GIL and the thread's VM.
struct Entered<'a> {
    shared: &'a Arc<Shared>,
    key: usize,
    thread: ThreadId,
    vm: Option<Vm>,
}

impl<'a> Entered<'a> {
    /// Takes the GIL and this thread's VM (made when missing).
    fn enter(shared: &'a Arc<Shared>, key: usize) -> Entered<'a> {
        shared.gil.acquire();
        ENTERED.with(|e| e.borrow_mut().push(key));
        let thread = std::thread::current().id();
        let mut vm = shared.state.lock().as_mut().map(|state| {
            let state = state.get_mut();
            let vm = state.vms.remove(&thread).unwrap_or_else(|| {
                let weak = Arc::downgrade(shared);
                let _ = THREAD_VMS.try_with(|vms| vms.0.borrow_mut().push(weak));
                Vm::new(state.interp.clone(), shared.host_thread_stack_size)
            });
            vm.interp.embed.enter_host_thread(vm.thread_ident);
            vm
        });
        if let Some(vm) = &mut vm {
            // The stack guard measures from where this thread enters.
            let marker = 0u8;
            vm.stack_base = &marker as *const u8 as usize;
            vm.stack_size = super::stack::usable_stack(shared.host_thread_stack_size);
        }
        Entered {
            shared,
            key,
            thread,
            vm,
        }
    }
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        if let Some(vm) = self.vm.take() {
            vm.interp.flush_all();
            vm.interp.embed.leave_host_thread(vm.thread_ident);
            if let Some(state) = self.shared.state.lock().as_mut() {
                state.get_mut().vms.insert(self.thread, vm);
            }
        }
        self.shared.drop_pending();
        ENTERED.with(|e| e.borrow_mut().retain(|k| *k != self.key));
        self.shared.gil.release();
    }
}

impl Shared {
    /// Drops the values of shared objects dropped meanwhile (call with the GIL held).
    fn drop_pending(&self) {
        let pending = std::mem::take(&mut *self.pending_drops.lock());
        drop(pending);
    }

    /// Drops the VM of a thread that ended (with the GIL held, as its values need).
    fn forget_thread(&self, thread: ThreadId) {
        self.gil.acquire();
        let vm = match self.state.lock().as_mut() {
            Some(state) => state.get_mut().vms.remove(&thread),
            None => None,
        };
        drop(vm);
        self.drop_pending();
        self.gil.release();
    }
}

impl Drop for Shared {
    fn drop(&mut self) {
        self.gil.acquire();
        self.drop_pending();
        drop(self.state.lock().take());
        self.gil.release();
    }
}
