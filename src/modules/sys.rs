//! The `sys` module: interpreter facts, the standard streams, limits and `exit`.

pub mod frames;
pub mod info;

use crate::builtins::args::{bind, check};
use crate::builtins::setup::function;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;
use std::time::Duration;

/// Builds `sys`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("sys"));
    let d = &m.dict;
    let argv: Vec<Value> = vm
        .interp
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("path", vm.interp.path.borrow().clone());
    d.set_str("modules", Value::Dict(vm.interp.modules.clone()));
    d.set_str("version", Value::str(crate::PYTHON_VERSION_TEXT));
    d.set_str("version_info", info::version_info(vm));
    d.set_str("float_info", info::float_info(vm));
    d.set_str("int_info", info::int_info(vm));
    d.set_str("hash_info", info::hash_info(vm));
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("implementation", info::implementation(vm));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str(MAX_STR_DIGITS_KEY, Value::Int(4300));
    for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
        let stream = crate::builtins::file::std_stream(vm, fd);
        d.set_str(name, stream.clone());
        d.set_str(&format!("__{name}__"), stream);
    }
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str("platform", Value::str("linux"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    let mut names: Vec<&str> = vm.interp.native_modules.borrow().keys().copied().collect();
    names.push("builtins");
    names.sort_unstable();
    d.set_str(
        "builtin_module_names",
        Value::tuple(names.into_iter().map(Value::str).collect()),
    );
    d.set_str("warnoptions", Value::list(Vec::new()));
    for (name, f) in [
        ("exit", exit as crate::objects::function::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getdefaultencoding", getdefaultencoding),
        ("getsizeof", getsizeof),
        ("intern", intern),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getcheckinterval", getcheckinterval),
        ("setcheckinterval", setcheckinterval),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("_getframe", frames::getframe),
    ] {
        d.set_str(name, function(name, f));
    }
    let hook = function("excepthook", excepthook);
    d.set_str("excepthook", hook.clone());
    d.set_str("__excepthook__", hook);
    Ok(m)
}

/// Where `set_int_max_str_digits` keeps its value in the module dict.
const MAX_STR_DIGITS_KEY: &str = "_int_max_str_digits";

/// `sys.exit(status=None)`: raises SystemExit; a tuple status becomes its args, like `PyErr_SetObject`.
fn exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exit", args, kw, 0, 1)?;
    vm.require_capability(crate::vm::embedding::Capability::ProcessExit, "sys.exit")?;
    let exc_args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.as_slice().to_vec(),
        Some(code) => vec![code.clone()],
    };
    Err(vm.error_args("SystemExit", exc_args))
}

/// The `sys` module's namespace, if `sys` has been imported.
fn sys_dict(vm: &Vm) -> Option<Rc<crate::objects::dict::PyDict>> {
    match vm.interp.modules.get_str("sys") {
        Some(Value::Module(m)) => Some(m.dict.clone()),
        _ => None,
    }
}

/// The limit on decimal digits of int <-> str conversions set by `sys.set_int_max_str_digits`
/// (4300 by default; 0 means no limit).
pub fn int_max_str_digits(vm: &Vm) -> usize {
    match sys_dict(vm).and_then(|d| d.get_str(MAX_STR_DIGITS_KEY)) {
        Some(Value::Int(n)) => n.max(0) as usize,
        _ => crate::builtins::numbers::INT_MAX_STR_DIGITS,
    }
}

/// `sys.stdout` when a script has replaced it (`None` while it is the original stream).
pub fn replaced_stdout(vm: &Vm) -> Option<Value> {
    let d = sys_dict(vm)?;
    let current = d.get_str("stdout")?;
    let original = d.get_str("__stdout__")?;
    if current.is(&original) {
        None
    } else {
        Some(current)
    }
}

fn getsizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind(vm, "getsizeof", args, kw, &["object", "default"], 1)?;
    let v = a[0].clone().unwrap_or(Value::None);
    Ok(Value::Int(size_estimate(vm, &v)))
}

/// A plausible CPython-like size in bytes for `getsizeof`.
fn size_estimate(vm: &mut Vm, v: &Value) -> i64 {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) => 28,
        Value::BigInt(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30),
        Value::Float(_) => 24,
        Value::Str(s) => 49 + s.as_str().len() as i64,
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => 64 + 24 * d.len() as i64,
        Value::Set(s) | Value::FrozenSet(s) => 216 + 16 * s.len() as i64,
        _ => vm.len(v).map_or(48, |n| 48 + 8 * n as i64),
    }
}

fn intern(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "intern", args, kw, 1, 1)?;
    match &args[0] {
        Value::Str(_) => Ok(args[0].clone()),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getswitchinterval", args, kw, 0, 0)?;
    Ok(Value::Float(vm.interp.gil.switch_interval().as_secs_f64()))
}

/// `sys.setswitchinterval(seconds)`: the longest slice a thread keeps the GIL while others wait.
fn setswitchinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "setswitchinterval", args, kw, 1, 1)?;
    let x = crate::modules::math::float_arg(vm, &args[0])?;
    if x.is_nan() || x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // Whole microseconds, as CPython keeps it.
    let interval = Duration::from_micros((x * 1e6).min(u64::MAX as f64) as u64);
    vm.interp.gil.set_switch_interval(interval);
    Ok(Value::None)
}

fn getcheckinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getcheckinterval", args, kw, 0, 0)?;
    Ok(Value::Int(vm.interp.switch_ticks.get() as i64))
}

/// `sys.setcheckinterval(n)`: ticks between the eval loop's check points (gilpy's
/// `--switch-ticks`; CPython removed this function in 3.9).
fn setcheckinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "setcheckinterval", args, kw, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    let ticks = u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    vm.interp.switch_ticks.set(ticks);
    vm.ticks = vm.ticks.min(ticks);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "get_int_max_str_digits", args, kw, 0, 0)?;
    Ok(sys_dict(vm)
        .and_then(|d| d.get_str(MAX_STR_DIGITS_KEY))
        .unwrap_or(Value::Int(
            crate::builtins::numbers::INT_MAX_STR_DIGITS as i64,
        )))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind(vm, "set_int_max_str_digits", args, kw, &["maxdigits"], 1)?;
    let n = vm.to_index(a[0].as_ref().unwrap_or(&Value::None))?;
    if n != 0 && n < crate::builtins::numbers::MIN_INT_MAX_STR_DIGITS as i64 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    if let Some(d) = sys_dict(vm) {
        d.set_str(MAX_STR_DIGITS_KEY, Value::Int(n));
    }
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getrecursionlimit", args, kw, 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "setrecursionlimit", args, kw, 1, 1)?;
    let n = match &args[0] {
        Value::Int(n) => *n,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exc_info", args, kw, 0, 0)?;
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = vm.traceback_object(&e);
    Ok(Value::tuple(vec![Value::Class(vm.class_of(&e)), e, tb]))
}

fn exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exception", args, kw, 0, 0)?;
    Ok(vm.handled.clone())
}

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback to stderr.
fn excepthook(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "excepthook", args, kw, 3, 3)?;
    vm.print_exception(&args[1]);
    Ok(Value::None)
}

fn getdefaultencoding(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getdefaultencoding", args, kw, 0, 0)?;
    Ok(Value::str("utf-8"))
}
