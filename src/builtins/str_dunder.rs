//! Operator methods of `str` (`__len__`, `__add__`, `__eq__` ...) plus `encode`,
//! `maketrans` and `translate`.

use super::args::bind;
use super::bytes_codec::{codec_arg, encode as encode_text, text_arg};
use super::str_methods::{index_arg, positional, this};
use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::PyDict;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::{Kw, PyResult, Vm};
use std::cmp::Ordering;
use std::rc::Rc;

/// The operator methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", dunder_len),
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__rmod__", dunder_rmod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
    ("__hash__", dunder_hash),
    ("__str__", dunder_str),
    ("__repr__", dunder_repr),
    ("__format__", dunder_format),
];

/// `encode` and `translate`, for registration.
pub const CODEC_METHODS: &[(&str, NativeFn)] = &[("encode", encode), ("translate", translate)];

/// One-argument operator method: checks arity and passes `(self, other)`.
fn binary<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: Kw) -> PyResult<(&'a Value, &'a Value)> {
    this(vm, args, name)?;
    positional(vm, name, args, kw, 1, 1)?;
    Ok((&args[0], &args[1]))
}

/// `str.__len__()`.
pub fn dunder_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "__len__")?;
    positional(vm, "__len__", args, kw, 0, 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

/// `str.__contains__(sub)`.
pub fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__contains__", args, kw)?;
    vm.contains(a, b).map(Value::Bool)
}

/// `str.__getitem__(index)`.
pub fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__getitem__", args, kw)?;
    vm.getitem(a, b)
}

/// `str.__iter__()`.
pub fn dunder_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    positional(vm, "__iter__", args, kw, 0, 0)?;
    vm.iter(&args[0])
}

/// `str.__add__(other)`.
pub fn dunder_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__add__", args, kw)?;
    match b {
        Value::Str(_) => vm.binary_op(a, b, B::Add),
        other => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(other)
        ))),
    }
}

/// `str.__mul__(n)` and `str.__rmul__(n)`.
pub fn dunder_mul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__mul__", args, kw)?;
    let n = index_arg(vm, b)?.max(0) as usize;
    let Value::Str(s) = a else {
        return Ok(Value::NotImplemented);
    };
    vm.check_size(s.as_str().len(), n)?;
    Ok(Value::string(s.as_str().repeat(n)))
}

/// `str.__mod__(args)`.
pub fn dunder_mod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__mod__", args, kw)?;
    let Value::Str(s) = a else {
        return Ok(Value::NotImplemented);
    };
    vm.str_percent(s.as_str(), b)
}

/// `str.__rmod__(other)`: only meaningful when `other` is a str.
pub fn dunder_rmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__rmod__", args, kw)?;
    match b {
        Value::Str(s) => vm.str_percent(s.as_str(), a),
        _ => Ok(Value::NotImplemented),
    }
}

/// Compares `self` with another str; NotImplemented for other types.
fn compare(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    test: fn(Ordering) -> bool,
) -> PyResult<Value> {
    let (a, b) = binary(vm, name, args, kw)?;
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Value::Bool(test(x.as_str().cmp(y.as_str())))),
        _ => Ok(Value::NotImplemented),
    }
}

/// `str.__eq__(other)`.
pub fn dunder_eq(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__eq__", args, kw, Ordering::is_eq)
}

/// `str.__ne__(other)`.
pub fn dunder_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__ne__", args, kw, Ordering::is_ne)
}

/// `str.__lt__(other)`.
pub fn dunder_lt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__lt__", args, kw, Ordering::is_lt)
}

/// `str.__le__(other)`.
pub fn dunder_le(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__le__", args, kw, Ordering::is_le)
}

/// `str.__gt__(other)`.
pub fn dunder_gt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__gt__", args, kw, Ordering::is_gt)
}

/// `str.__ge__(other)`.
pub fn dunder_ge(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare(vm, "__ge__", args, kw, Ordering::is_ge)
}

/// `str.__hash__()`.
pub fn dunder_hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "__hash__")?;
    positional(vm, "__hash__", args, kw, 0, 0)?;
    Ok(Value::Int(s.hash()))
}

/// `str.__str__()`.
pub fn dunder_str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, args, "__str__")?;
    positional(vm, "__str__", args, kw, 0, 0)?;
    Ok(args[0].clone())
}

/// `str.__repr__()`.
pub fn dunder_repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "__repr__")?;
    positional(vm, "__repr__", args, kw, 0, 0)?;
    Ok(Value::string(crate::format::repr_str(s.as_str())))
}

/// `str.__format__(spec)`.
pub fn dunder_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = binary(vm, "__format__", args, kw)?;
    let Value::Str(spec) = b else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(b)
        )));
    };
    vm.format(a, spec.as_str())
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let slots = bind(vm, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let encoding = text_arg(vm, "encode", "encoding", slots[0].as_ref())?;
    let errors = text_arg(vm, "encode", "errors", slots[1].as_ref())?;
    let codec = codec_arg(vm, encoding.as_deref())?;
    let data = encode_text(vm, s.as_str(), codec, errors.as_deref().unwrap_or("strict"))?;
    Ok(Value::bytes(data))
}

/// Installs the static method `str.maketrans`.
pub fn register_maketrans(class: &Rc<Class>) {
    let func = Value::Builtin(Rc::new(BuiltinFunction {
        name: "maketrans",
        func: maketrans,
        owner: None,
        doc: None,
    }));
    class.dict.set_str(
        "maketrans",
        Value::native(super::descriptors::StaticMethod { func }),
    );
}

/// `str.maketrans(x[, y[, z]])`: a translation dict keyed by code point.
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "maketrans", args, kw, 1, 3)?;
    let table = Rc::new(PyDict::new());
    if args.len() == 1 {
        let Value::Dict(src) = &args[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(Value::Dict(table));
    }
    let mut texts = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match a {
            Value::Str(s) => texts.push(s.as_str().chars().collect::<Vec<char>>()),
            other => {
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(other)
                )));
            }
        }
    }
    if texts[0].len() != texts[1].len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in texts[0].iter().zip(texts[1].iter()) {
        vm.dict_set(&table, Value::Int(*x as i64), Value::Int(*y as i64))?;
    }
    for z in texts.get(2).into_iter().flatten() {
        vm.dict_set(&table, Value::Int(*z as i64), Value::None)?;
    }
    Ok(Value::Dict(table))
}

/// `str.translate(table)`: maps each code point through `table[ord(c)]`.
pub fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "translate")?.clone();
    positional(vm, "translate", args, kw, 1, 1)?;
    let table = &args[1];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.err_is(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(t) => out.push_str(t.as_str()),
            Value::Int(n) => match u32::try_from(n).ok().filter(|&n| n < 0x110000) {
                Some(n) => out.push(char::from_u32(n).unwrap_or('\u{fffd}')),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::string(out))
}
