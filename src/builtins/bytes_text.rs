//! ASCII text methods shared by bytes and bytearray: case, predicates, padding, splitlines.

use super::args::bind;
use super::bytes_methods::{Receiver, arity, receiver};
use super::str_methods::index_arg;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The text methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("isascii", isascii),
    ("istitle", istitle),
    ("ljust", ljust),
    ("rjust", rjust),
    ("center", center),
    ("zfill", zfill),
    ("splitlines", splitlines),
];

/// Applies a whole-data transformation for a no-argument method.
fn map(vm: &Vm, name: &str, args: &[Value], kw: Kw, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 0, 0)?;
    Ok(r.make(f(&r.data)))
}

/// `bytes.upper()`.
pub fn upper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map(vm, "upper", args, kw, <[u8]>::to_ascii_uppercase)
}

/// `bytes.lower()`.
pub fn lower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map(vm, "lower", args, kw, <[u8]>::to_ascii_lowercase)
}

/// `bytes.swapcase()`.
pub fn swapcase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map(vm, "swapcase", args, kw, |d| {
        d.iter()
            .map(|b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

/// `bytes.capitalize()`.
pub fn capitalize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map(vm, "capitalize", args, kw, |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

/// `bytes.title()`.
pub fn title(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map(vm, "title", args, kw, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let out = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// Evaluates a predicate for a no-argument method.
fn test(vm: &Vm, name: &str, args: &[Value], kw: Kw, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 0, 0)?;
    Ok(Value::Bool(f(&r.data)))
}

/// `bytes.isalpha()`.
pub fn isalpha(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isalpha", args, kw, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

/// `bytes.isdigit()`.
pub fn isdigit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isdigit", args, kw, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

/// `bytes.isalnum()`.
pub fn isalnum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isalnum", args, kw, |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

/// `bytes.isspace()`.
pub fn isspace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isspace", args, kw, |d| {
        !d.is_empty() && d.iter().all(|b| b" \t\n\r\x0b\x0c".contains(b))
    })
}

/// `bytes.isupper()`.
pub fn isupper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isupper", args, kw, |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

/// `bytes.islower()`.
pub fn islower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "islower", args, kw, |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

/// `bytes.isascii()`.
pub fn isascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "isascii", args, kw, <[u8]>::is_ascii)
}

/// `bytes.istitle()`: uppercase only after uncased bytes, lowercase only after cased ones.
pub fn istitle(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    test(vm, "istitle", args, kw, |d| {
        let (mut cased, mut prev) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                (prev, cased) = (true, true);
            } else if b.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                (prev, cased) = (true, true);
            } else {
                prev = false;
            }
        }
        cased
    })
}

/// Parses `(width[, fillbyte])`.
fn pad_args(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(Receiver, usize, u8)> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 1, 2)?;
    let width = index_arg(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match super::text_ops::bytes_of(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    vm.check_size(1, width)?;
    Ok((r, width, fill))
}

fn pad(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, side: u8) -> PyResult<Value> {
    let (r, width, fill) = pad_args(vm, name, args, kw)?;
    let len = r.data.len();
    if width <= len {
        return Ok(r.make(r.data.clone()));
    }
    let marg = width - len;
    let left = match side {
        b'l' => 0,
        b'r' => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&r.data);
    out.resize(width, fill);
    Ok(r.make(out))
}

/// `bytes.ljust(width[, fillbyte])`.
pub fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "ljust", args, kw, b'l')
}

/// `bytes.rjust(width[, fillbyte])`.
pub fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "rjust", args, kw, b'r')
}

/// `bytes.center(width[, fillbyte])`.
pub fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad(vm, "center", args, kw, b'c')
}

/// `bytes.zfill(width)`.
pub fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "zfill")?;
    arity(vm, &r, "zfill", args, kw, 1, 1)?;
    let width = index_arg(vm, &args[1])?.max(0) as usize;
    if width <= r.data.len() {
        return Ok(r.make(r.data.clone()));
    }
    vm.check_size(1, width)?;
    let signed = matches!(r.data.first(), Some(b'+' | b'-')) as usize;
    let mut out = r.data[..signed].to_vec();
    out.resize(width - r.data.len() + signed, b'0');
    out.extend_from_slice(&r.data[signed..]);
    Ok(r.make(out))
}

/// `bytes.splitlines(keepends=False)`.
pub fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "splitlines")?;
    let slots = bind(vm, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keepends = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let d = &r.data;
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        if d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
            continue;
        }
        let eol = if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        lines.push(r.make(d[start..if keepends { eol } else { i }].to_vec()));
        start = eol;
        i = eol;
    }
    if start < d.len() {
        lines.push(r.make(d[start..].to_vec()));
    }
    Ok(Value::list(lines))
}
