//! The `_thread` module: OS threads running Python under the GIL, locks, thread identities.

use super::thread_lock as lk;
use crate::builtins::args::check;
use crate::builtins::setup::{add_methods, function};
use crate::gil::GilBound;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::vm::interp::Interp;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// Rust stack of every thread started from Python.
pub const THREAD_STACK: usize = 16 << 20;

/// This OS thread's identity as `_thread.get_ident()` reports it.
pub fn current_ident() -> u64 {
    // SAFETY: `pthread_self` has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// This OS thread's kernel id (`get_native_id`).
pub fn native_id() -> i64 {
    // SAFETY: `gettid` has no preconditions.
    unsafe { libc::gettid() as i64 }
}

/// Builds `_thread`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_thread"));
    let d = &m.dict;
    let lock_class = vm.types().lock.clone();
    let rlock_class = vm.types().rlock.clone();
    add_methods(
        &lock_class,
        "lock",
        &[
            ("acquire", lk::lock_acquire),
            ("acquire_lock", lk::lock_acquire),
            ("release", lk::lock_release),
            ("release_lock", lk::lock_release),
            ("locked", lk::lock_locked),
            ("locked_lock", lk::lock_locked),
            ("__enter__", lk::lock_acquire),
            ("__exit__", lk::lock_exit),
            ("__repr__", lk::lock_repr),
        ],
    );
    add_methods(
        &rlock_class,
        "RLock",
        &[
            ("acquire", lk::rlock_acquire),
            ("release", lk::rlock_release),
            ("__enter__", lk::rlock_acquire),
            ("__exit__", lk::rlock_exit),
            ("_is_owned", lk::rlock_is_owned),
            ("_release_save", lk::rlock_release_save),
            ("_acquire_restore", lk::rlock_acquire_restore),
            ("__repr__", lk::rlock_repr),
        ],
    );
    crate::builtins::setup::add_new(&rlock_class, "RLock", rlock_new);
    for c in [&lock_class, &rlock_class] {
        c.set_native_module("_thread");
    }
    d.set_str("LockType", Value::Class(lock_class.clone()));
    d.set_str("lock", Value::Class(lock_class));
    d.set_str("RLock", Value::Class(rlock_class));
    d.set_str("error", Value::Class(vm.types().exc("RuntimeError")));
    d.set_str("TIMEOUT_MAX", Value::Float(lk::TIMEOUT_MAX));
    let fns: [(&'static str, crate::objects::function::NativeFn); 11] = [
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("interrupt_main", interrupt_main),
        ("exit", exit),
        ("daemon_threads_allowed", daemon_threads_allowed),
    ];
    for (name, f) in fns {
        d.set_str(name, function(name, f));
    }
    Ok(m)
}

fn allocate_lock(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "allocate_lock", args, kw, 0, 0)?;
    Ok(lk::new_lock(vm.types().lock.clone()))
}

fn rlock_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let class = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.types().rlock.clone(),
    };
    Ok(lk::new_rlock(class))
}

fn get_ident(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "get_ident", args, kw, 0, 0)?;
    Ok(Value::from_bigint(vm.thread_ident.into()))
}

fn get_native_id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "get_native_id", args, kw, 0, 0)?;
    Ok(Value::Int(native_id()))
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "_count", args, kw, 0, 0)?;
    Ok(Value::Int(vm.interp.running_threads.get() as i64))
}

fn stack_size(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "stack_size", args, kw, 0, 1)?;
    if let Some(v) = args.first() {
        let n = vm.to_index(v)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error("size not valid: 32768 bytes"));
        }
    }
    Ok(Value::Int(0))
}

fn interrupt_main(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.interp.request_interrupt();
    Ok(Value::None)
}

fn exit(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.require_capability(
        crate::vm::embedding::Capability::ProcessExit,
        "_thread.exit",
    )?;
    Err(vm.error_args("SystemExit", vec![]))
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "start_new_thread", args, kw, 2, 3)?;
    let func = args[0].clone();
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Value::Tuple(targs) = &args[1] else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.get(2) {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Dict(d)) => d.items(),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let payload = GilBound::new((vm.interp.clone(), func, targs.as_slice().to_vec(), kwargs));
    let gil = vm.interp.gil.clone();
    vm.interp
        .running_threads
        .set(vm.interp.running_threads.get() + 1);
    let job: super::thread_pool::Job = Box::new(move |done_with_python: &dyn Fn()| {
        gil.acquire();
        let (interp, func, args, kwargs) = payload.into_inner();
        run_thread(interp, func, args, kwargs);
        done_with_python();
        gil.release();
    });
    match super::thread_pool::start(job) {
        Ok(ident) => Ok(Value::from_bigint(ident.into())),
        Err(_) => {
            vm.interp
                .running_threads
                .set(vm.interp.running_threads.get() - 1);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of a thread: call the function, report an escaping exception, clean up (GIL held).
fn run_thread(interp: Rc<Interp>, func: Value, args: Vec<Value>, kwargs: Vec<(Value, Value)>) {
    let mut vm = Vm::new(interp.clone(), THREAD_STACK);
    let (names, values): (Vec<Value>, Vec<Value>) = kwargs.into_iter().unzip();
    let result = vm.call(
        &func,
        &args,
        Kw {
            names: &names,
            values: &values,
        },
    );
    if let Err(e) = result
        && !vm.err_is(&e, "SystemExit")
        && !vm.unwinding_for_limit()
    {
        let shown = vm.repr_str(&func).unwrap_or_default();
        let report = vm.format_exception(&e.exc);
        interp.stdout.borrow_mut().flush();
        interp.write_stderr(&format!(
            "Exception ignored in thread started by: {shown}\n{report}"
        ));
    }
    drop((names, values, args, func));
    drop(vm);
    interp
        .running_threads
        .set(interp.running_threads.get().saturating_sub(1));
}
