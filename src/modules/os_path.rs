//! `os.path` (POSIX flavour): pure string functions and a few file-system queries.

use crate::builtins::args::check;
use crate::builtins::setup::function;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::module::Module;
use crate::vm::{Kw, PyResult, Vm};
use std::path::Path;
use std::rc::Rc;

/// Builds the `os.path` module (registered as `posixpath` and `os.path`).
pub fn make(vm: &mut Vm) -> Rc<Module> {
    let _ = vm;
    let m = Rc::new(Module::new("posixpath"));
    let d = &m.dict;
    for (k, v) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("altsep", ""),
        ("pathsep", ":"),
    ] {
        d.set_str(
            k,
            if k == "altsep" {
                Value::None
            } else {
                Value::str(v)
            },
        );
    }
    let fns: &[(&str, NativeFn)] = &[
        ("join", join),
        ("basename", basename),
        ("dirname", dirname),
        ("split", split),
        ("splitext", splitext),
        ("normpath", normpath),
        ("abspath", abspath),
        ("isabs", isabs),
        ("exists", exists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("getsize", getsize),
        ("realpath", abspath),
        ("islink", islink),
        ("expanduser", expanduser),
    ];
    for (name, f) in fns {
        d.set_str(name, function(name, *f));
    }
    m
}

/// A path argument as text (str or bytes).
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

/// `os.path.join(a, *p)`.
pub fn join_paths(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        if p.starts_with('/') {
            out = p.clone();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(p);
        } else {
            out.push('/');
            out.push_str(p);
        }
    }
    out
}

/// `os.path.split(p)`: `(head, tail)`.
pub fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_owned(), tail.to_owned())
}

/// `os.path.splitext(p)`: `(root, ext)`; leading dots of the name are not an extension.
pub fn split_ext(p: &str) -> (String, String) {
    let name_start = p.rfind('/').map_or(0, |i| i + 1);
    let name = &p[name_start..];
    let lead = name.len() - name.trim_start_matches('.').len();
    match name.rfind('.') {
        Some(i) if i >= lead && i > 0 => {
            let cut = name_start + i;
            (p[..cut].to_owned(), p[cut..].to_owned())
        }
        _ => (p.to_owned(), String::new()),
    }
}

/// `os.path.normpath(p)`: collapse separators, `.` and `..`.
pub fn norm_path(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." if initial == 0 && (parts.is_empty() || parts.last() == Some(&"..")) => {
                parts.push("..")
            }
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let out = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if out.is_empty() { ".".into() } else { out }
}

/// `os.path.abspath(p)` relative to the current directory.
pub fn abs_path(p: &str) -> String {
    if p.starts_with('/') {
        return norm_path(p);
    }
    let cwd = std::env::current_dir()
        .map(|c| c.to_string_lossy().into_owned())
        .unwrap_or_default();
    norm_path(&join_paths(&[cwd, p.to_owned()]))
}

fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "join", args, kw, 1, usize::MAX)?;
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(path_arg(vm, "join() argument", a)?);
    }
    Ok(Value::string(join_paths(&parts)))
}

fn one_path(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    check(vm, name, args, kw, 1, 1)?;
    path_arg(vm, &format!("{name}()"), &args[0])
}

fn basename(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::string(
        split_path(&one_path(vm, "basename", args, kw)?).1,
    ))
}

fn dirname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::string(
        split_path(&one_path(vm, "dirname", args, kw)?).0,
    ))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (h, t) = split_path(&one_path(vm, "split", args, kw)?);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn splitext(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (r, e) = split_ext(&one_path(vm, "splitext", args, kw)?);
    Ok(Value::tuple(vec![Value::string(r), Value::string(e)]))
}

fn normpath(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::string(norm_path(&one_path(
        vm, "normpath", args, kw,
    )?)))
}

fn abspath(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::string(abs_path(&one_path(vm, "abspath", args, kw)?)))
}

fn isabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        one_path(vm, "isabs", args, kw)?.starts_with('/'),
    ))
}

fn expanduser(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(
        crate::vm::embedding::Capability::Environment,
        "os.path.expanduser",
    )?;
    let p = one_path(vm, "expanduser", args, kw)?;
    let home = std::env::var("HOME").unwrap_or_default();
    Ok(Value::string(match p.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{home}{rest}"),
        _ => p,
    }))
}

fn query(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, f: fn(&Path) -> bool) -> PyResult<Value> {
    check(vm, name, args, kw, 1, 1)?;
    let what = format!("os.path.{name}");
    vm.require_capability(crate::vm::embedding::Capability::Filesystem, &what)?;
    let ok = match &args[0] {
        Value::Str(s) => !s.as_str().is_empty() && f(Path::new(s.as_str())),
        Value::Int(_) => false,
        _ => path_arg(vm, &format!("{name}()"), &args[0]).is_ok_and(|p| f(Path::new(&p))),
    };
    Ok(Value::Bool(ok))
}

fn exists(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    query(vm, "exists", args, kw, Path::exists)
}

fn isfile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    query(vm, "isfile", args, kw, Path::is_file)
}

fn isdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    query(vm, "isdir", args, kw, Path::is_dir)
}

fn islink(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    query(vm, "islink", args, kw, Path::is_symlink)
}

fn getsize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.require_capability(
        crate::vm::embedding::Capability::Filesystem,
        "os.path.getsize",
    )?;
    let p = one_path(vm, "getsize", args, kw)?;
    let meta = std::fs::metadata(&p).map_err(|e| vm.io_error(&e, Some(&p)))?;
    Ok(Value::Int(meta.len() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_path_functions_match_posixpath() {
        let j = |p: &[&str]| join_paths(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(j(&["a", "/abs", "b"]), "/abs/b");
        assert_eq!(j(&["a", ""]), "a/");
        assert_eq!(split_path("/a/b/c"), ("/a/b".into(), "c".into()));
        assert_eq!(split_path("/"), ("/".into(), "".into()));
        assert_eq!(split_ext(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(split_ext("f.tar.gz"), ("f.tar".into(), ".gz".into()));
        assert_eq!(norm_path("a//b/./c/../d"), "a/b/d");
        assert_eq!(norm_path("/../x"), "/x");
        assert_eq!(norm_path("../../a"), "../../a");
    }
}
