//! `bytes` and `bytearray`: constructors, shared helpers, registration, and the
//! codec, hex and sequence methods. Searching lives in [`super::bytes_search`],
//! case and padding in [`super::bytes_text`], mutation in [`super::bytearray_methods`].

use super::args::{bind, check_count};
use super::bytes_codec::{codec_arg, decode as decode_bytes, encode, text_arg};
use super::setup::{add_methods, add_new};
use super::{
    bytearray_methods as ba, bytes_search as bs, bytes_split as bp, bytes_text as bt,
    bytes_translate as tr,
};
use crate::objects::Value;
use crate::objects::bytes::PyByteArray;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// The receiver of a bytes/bytearray method: a copy of its data and its kind.
pub struct Receiver {
    /// The bytes.
    pub data: Vec<u8>,
    /// True for bytearray (results keep that type).
    pub mutable: bool,
}

impl Receiver {
    /// The type name for messages.
    pub fn type_name(&self) -> &'static str {
        if self.mutable { "bytearray" } else { "bytes" }
    }

    /// A result of the receiver's type.
    pub fn make(&self, data: Vec<u8>) -> Value {
        make(data, self.mutable)
    }
}

/// A bytes (or bytearray when `mutable`) value.
pub fn make(data: Vec<u8>, mutable: bool) -> Value {
    if mutable {
        Value::ByteArray(Rc::new(PyByteArray::new(data)))
    } else {
        Value::bytes(data)
    }
}

/// The receiver of a method call, with CPython's error for a foreign `self`.
pub fn receiver(vm: &Vm, args: &[Value], name: &str) -> PyResult<Receiver> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(Receiver {
            data: b.to_vec(),
            mutable: false,
        }),
        Some(Value::ByteArray(b)) => Ok(Receiver {
            data: b.data().clone(),
            mutable: true,
        }),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument"))),
    }
}

/// Checks a positional-only signature of a bytes method (`args` includes `self`).
pub fn arity(
    vm: &Vm,
    r: &Receiver,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}.{name}() takes no keyword arguments",
            r.type_name()
        )));
    }
    let n = args.len().saturating_sub(1);
    if min == max {
        return check_count(vm, &format!("{}.{name}", r.type_name()), n, min, max);
    }
    check_count(vm, name, n, min, max)
}

/// A bytes-like argument, or `a bytes-like object is required, not 'str'`.
pub fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    super::text_ops::bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// The first index of `needle` in `hay` at or after `from`.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// The last index of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Registers the constructors and methods of bytes and bytearray.
pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let (bytes, bytearray) = (t.bytes.clone(), t.bytearray.clone());
    add_new(&bytes, "bytes", bytes_new);
    add_new(&bytearray, "bytearray", bytearray_new);
    for (class, owner) in [(&bytes, "bytes"), (&bytearray, "bytearray")] {
        for methods in [METHODS, bs::METHODS, bp::METHODS, bt::METHODS, tr::METHODS] {
            add_methods(class, owner, methods);
        }
        let f = Value::Builtin(Rc::new(BuiltinFunction {
            name: "fromhex",
            func: fromhex,
            owner: None,
            doc: None,
        }));
        class.dict.set_str(
            "fromhex",
            Value::native(super::descriptors::ClassMethod { func: f }),
        );
        tr::register_maketrans(class);
    }
    add_methods(&bytearray, "bytearray", ba::METHODS);
}

/// Shared methods: codecs, hex and the sequence protocol.
const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__iter__", dunder_iter),
    ("__contains__", dunder_contains),
];

/// `bytes(source=b'', encoding=..., errors=...)`.
pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().bytes.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, bytes_new)? {
        return Ok(inst);
    }
    construct(vm, args, kw, false)
}

/// `bytearray(source=b'', encoding=..., errors=...)`.
pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().bytearray.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, bytearray_new)? {
        return Ok(inst);
    }
    construct(vm, args, kw, true)
}

fn construct(vm: &mut Vm, args: &[Value], kw: Kw, mutable: bool) -> PyResult<Value> {
    let name = if mutable { "bytearray" } else { "bytes" };
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !["source", "encoding", "errors"].contains(k))
    {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    let slots = bind(
        vm,
        name,
        args.get(1..).unwrap_or(&[]),
        kw,
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = match (&slots[0], &slots[1], &slots[2]) {
        (Some(Value::Str(s)), enc, errors) if enc.is_some() || errors.is_some() => {
            let enc = text_arg(vm, name, "encoding", enc.as_ref())?;
            let errors = text_arg(vm, name, "errors", errors.as_ref())?;
            let codec = codec_arg(vm, enc.as_deref())?;
            encode(vm, s.as_str(), codec, errors.as_deref().unwrap_or("strict"))?
        }
        (Some(Value::Str(_)), _, _) => {
            return Err(vm.type_error("string argument without an encoding"));
        }
        (_, Some(_), _) => return Err(vm.type_error("encoding without a string argument")),
        (_, _, Some(_)) => return Err(vm.type_error("errors without a string argument")),
        (None, _, _) => Vec::new(),
        (Some(src), _, _) => from_source(vm, src, mutable)?,
    };
    Ok(make(data, mutable))
}

/// The bytes of a non-str constructor argument: a count, a buffer, `__bytes__` or an iterable of ints.
fn from_source(vm: &mut Vm, src: &Value, mutable: bool) -> PyResult<Vec<u8>> {
    if let Some(data) = super::text_ops::bytes_of(src) {
        return Ok(data);
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = src {
        let n = super::str_methods::index_arg(vm, src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_size(1, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let class = vm.class_of(src);
    if let Some(f) = class.lookup("__bytes__") {
        let r = vm.call_bound(&f, src, &[], Kw::EMPTY)?;
        return bytes_arg(vm, &r);
    }
    if matches!(src, Value::Instance(_)) && class.lookup("__index__").is_some() {
        let n = vm.to_index(src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_size(1, n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    let name = if mutable { "bytearray" } else { "bytes" };
    let it = vm.iter(src).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!(
                "cannot convert '{}' object to {name}",
                vm.type_name(src)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_item(vm, &item, mutable)?);
    }
    Ok(out)
}

/// One int of an iterable passed to the constructor.
fn byte_item(vm: &mut Vm, item: &Value, mutable: bool) -> PyResult<u8> {
    let n = match item {
        Value::BigInt(_) => -1,
        _ => vm.to_index(item)?,
    };
    let what = if mutable { "byte" } else { "bytes" };
    u8::try_from(n).map_err(|_| vm.value_error(format!("{what} must be in range(0, 256)")))
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub fn decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "decode")?;
    let slots = bind(vm, "decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let enc = text_arg(vm, "decode", "encoding", slots[0].as_ref())?;
    let errors = text_arg(vm, "decode", "errors", slots[1].as_ref())?;
    let codec = codec_arg(vm, enc.as_deref())?;
    decode_bytes(vm, &r.data, codec, errors.as_deref().unwrap_or("strict")).map(Value::string)
}

/// `bytes.hex([sep[, bytes_per_sep]])`.
pub fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "hex")?;
    let slots = bind(vm, "hex", &args[1..], kw, &["sep", "bytes_per_sep"], 0)?;
    let sep = match &slots[0] {
        None => None,
        Some(Value::Str(s)) if s.char_len() == 1 && s.is_ascii() => s.as_str().chars().next(),
        Some(Value::Str(_)) => return Err(vm.value_error("sep must be length 1.")),
        Some(v) => match super::text_ops::bytes_of(v) {
            Some(b) if b.len() == 1 && b[0].is_ascii() => Some(b[0] as char),
            Some(_) => return Err(vm.value_error("sep must be length 1.")),
            None => return Err(vm.type_error("sep must be str or bytes.")),
        },
    };
    let group = match &slots[1] {
        Some(v) => super::str_methods::index_arg(vm, v)?,
        None => 1,
    };
    Ok(Value::string(hex_text(&r.data, sep, group)))
}

/// Hex digits of `data`, with `sep` every `group` bytes (counted from the right when positive).
fn hex_text(data: &[u8], sep: Option<char>, group: i64) -> String {
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| group != 0) else {
        return digits.concat();
    };
    let size = group.unsigned_abs() as usize;
    let chunks: Vec<String> = if group > 0 {
        let first = digits.len() % size;
        let mut out = Vec::new();
        if first > 0 {
            out.push(digits[..first].concat());
        }
        out.extend(digits[first..].chunks(size).map(|c| c.concat()));
        out
    } else {
        digits.chunks(size).map(|c| c.concat()).collect()
    };
    chunks.join(&sep.to_string())
}

/// `bytes.fromhex(string)` (a classmethod: `args[0]` is the class).
pub fn fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "fromhex", args.get(1..).unwrap_or(&[]), kw, 1, 1)?;
    let text = super::args::str_arg(vm, "fromhex", &args[1])?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
        }
        i += 2;
    }
    let mutable = matches!(&args[0], Value::Class(c) if c.is_subclass(&vm.types().bytearray));
    Ok(make(out, mutable))
}

/// `bytes.__len__()`.
pub fn dunder_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "__len__")?;
    arity(vm, &r, "__len__", args, kw, 0, 0)?;
    Ok(Value::Int(r.data.len() as i64))
}

/// `bytes.__getitem__(index)`.
pub fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "__getitem__")?;
    arity(vm, &r, "__getitem__", args, kw, 1, 1)?;
    vm.getitem(&args[0], &args[1])
}

/// `bytes.__iter__()`.
pub fn dunder_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "__iter__")?;
    arity(vm, &r, "__iter__", args, kw, 0, 0)?;
    vm.iter(&args[0])
}

/// `bytes.__contains__(item)`.
pub fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "__contains__")?;
    arity(vm, &r, "__contains__", args, kw, 1, 1)?;
    vm.bytes_contains(&args[0], &args[1]).map(Value::Bool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        assert_eq!(hex_text(b"abc", None, 1), "616263");
        assert_eq!(hex_text(b"abc", Some(':'), 1), "61:62:63");
        assert_eq!(hex_text(b"abc", Some('-'), 2), "61-6263");
        assert_eq!(hex_text(b"abc", Some('-'), -2), "6162-63");
    }

    #[test]
    fn searching() {
        assert_eq!(find_bytes(b"abcabc", b"c", 3), Some(5));
        assert_eq!(find_bytes(b"ab", b"", 3), None);
        assert_eq!(rfind_bytes(b"abcabc", b"ab"), Some(3));
    }
}
