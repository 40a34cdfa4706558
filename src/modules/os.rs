//! The `os` module: process facts, the environment snapshot, and file and directory operations.

use crate::builtins::args::{bind, check};
use crate::builtins::setup::function;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::NativeFn;
use crate::objects::module::Module;
use crate::vm::embedding::Capability;
use crate::vm::{Kw, PyResult, Vm};
use std::io::Read;
use std::rc::Rc;

/// Builds `os` (and registers `os.path` in `sys.modules`).
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("os"));
    let d = &m.dict;
    let path = Value::Module(super::os_path::make(vm));
    vm.interp.modules.set_str("os.path", path.clone());
    d.set_str("path", path);
    for (k, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("pathsep", ":"),
        ("extsep", "."),
        ("devnull", "/dev/null"),
    ] {
        d.set_str(k, Value::str(v));
    }
    d.set_str("altsep", Value::None);
    d.set_str("environ", environ_snapshot(vm)?);
    d.set_str("error", Value::Class(vm.types().exc("OSError")));
    for (k, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        d.set_str(k, Value::Int(v));
    }
    let fns: &[(&str, NativeFn)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("getenv", getenv),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("listdir", listdir),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("strerror", strerror),
    ];
    for (name, f) in fns {
        d.set_str(name, function(name, *f));
    }
    Ok(m)
}

/// `os.environ`: a dict snapshot of the process environment at import (empty when the
/// host denies environment access).
fn environ_snapshot(vm: &mut Vm) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    if !vm.interp.embed.capabilities.get().environment {
        return Ok(Value::Dict(d));
    }
    for (k, v) in std::env::vars_os() {
        let k = Value::string(k.to_string_lossy().into_owned());
        vm.dict_set(&d, k, Value::string(v.to_string_lossy().into_owned()))?;
    }
    Ok(Value::Dict(d))
}

/// A path argument (str or bytes).
fn path_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_owned()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        other => Err(vm.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            vm.type_name(other)
        ))),
    }
}

fn getpid(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getpid", args, kw, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getppid", args, kw, 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getcwd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.getcwd")?;
    check(vm, "getcwd", args, kw, 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::string(cwd.to_string_lossy().into_owned()))
}

fn chdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.chdir")?;
    check(vm, "chdir", args, kw, 1, 1)?;
    let p = path_arg(vm, "chdir", &args[0])?;
    std::env::set_current_dir(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn getenv(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Environment, "os.getenv")?;
    let a = bind(vm, "getenv", args, kw, &["key", "default"], 1)?;
    let key = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!("str expected, not {}", vm.type_name(other))));
        }
        None => String::new(),
    };
    let environ = match vm.interp.modules.get_str("os") {
        Some(Value::Module(m)) => m.dict.get_str("environ"),
        _ => None,
    };
    if let Some(Value::Dict(d)) = environ
        && let Some(v) = vm.dict_get(&d, &Value::str(&key))?
    {
        return Ok(v);
    }
    Ok(a[1].clone().unwrap_or(Value::None))
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.remove")?;
    check(vm, "remove", args, kw, 1, 1)?;
    let p = path_arg(vm, "remove", &args[0])?;
    std::fs::remove_file(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.rename")?;
    check(vm, "rename", args, kw, 2, 2)?;
    let a = path_arg(vm, "rename", &args[0])?;
    let b = path_arg(vm, "rename", &args[1])?;
    std::fs::rename(&a, &b).map_err(|e| two_path_error(vm, &e, &a, &b))?;
    Ok(Value::None)
}

/// An OSError naming both paths, as CPython shows rename failures.
fn two_path_error(vm: &Vm, e: &std::io::Error, a: &str, b: &str) -> crate::vm::PyErr {
    let err = vm.io_error(e, Some(a));
    if let Value::Instance(i) = &err.exc {
        i.dict.set_str("filename2", Value::str(b));
    }
    err
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.mkdir")?;
    let a = bind(vm, "mkdir", args, kw, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, "mkdir", a[0].as_ref().unwrap_or(&Value::None))?;
    std::fs::create_dir(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.makedirs")?;
    let a = bind(vm, "makedirs", args, kw, &["name", "mode", "exist_ok"], 1)?;
    let p = path_arg(vm, "makedirs", a[0].as_ref().unwrap_or(&Value::None))?;
    let exist_ok = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        return Err(vm.os_error(17, "File exists", Some(&p)));
    }
    std::fs::create_dir_all(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.rmdir")?;
    check(vm, "rmdir", args, kw, 1, 1)?;
    let p = path_arg(vm, "rmdir", &args[0])?;
    std::fs::remove_dir(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::None)
}

fn listdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(Capability::Filesystem, "os.listdir")?;
    check(vm, "listdir", args, kw, 0, 1)?;
    let p = match args.first() {
        None | Some(Value::None) => ".".to_owned(),
        Some(v) => path_arg(vm, "listdir", v)?,
    };
    let entries = std::fs::read_dir(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| vm.io_error(&e, Some(&p)))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn cpu_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "cpu_count", args, kw, 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn urandom(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "urandom", args, kw, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    let n = usize::try_from(n).map_err(|_| vm.value_error("negative argument not allowed"))?;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.io_error(&e, None))?;
    Ok(Value::bytes(buf))
}

fn strerror(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "strerror", args, kw, 1, 1)?;
    let n = vm.to_index(&args[0])?;
    let text =
        crate::vm::errors::strerror(n as i32).unwrap_or_else(|| format!("Unknown error {n}"));
    Ok(Value::string(text))
}
