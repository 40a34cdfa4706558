//! Padding methods of `str`: ljust, rjust, center, zfill, expandtabs.

use super::args::bind;
use super::str_methods::{arg, index_arg, positional, this};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The padding methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("ljust", ljust),
    ("rjust", rjust),
    ("center", center),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
];

/// Where the padding goes.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Center,
}

/// Parses `(width[, fillchar])` and pads.
fn justify(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, side: Side) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 1, 2)?;
    let width = index_arg(vm, &args[1])?;
    let fill = match arg(args, 1) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"));
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(other)
            )));
        }
    };
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(args[0].clone());
    }
    let marg = width as usize - len;
    vm.check_size(fill.len_utf8(), marg)?;
    let left = match side {
        Side::Left => 0,
        Side::Right => marg,
        Side::Center => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(Value::string(out))
}

/// `str.ljust(width[, fillchar])`.
pub fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify(vm, "ljust", args, kw, Side::Left)
}

/// `str.rjust(width[, fillchar])`.
pub fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify(vm, "rjust", args, kw, Side::Right)
}

/// `str.center(width[, fillchar])`.
pub fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify(vm, "center", args, kw, Side::Center)
}

/// `str.zfill(width)`: zeros after any leading sign.
pub fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    positional(vm, "zfill", args, kw, 1, 1)?;
    let width = index_arg(vm, &args[1])?;
    let len = s.char_len();
    if width <= len as i64 {
        return Ok(args[0].clone());
    }
    let fill = width as usize - len;
    vm.check_size(1, fill)?;
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    Ok(Value::string(format!("{sign}{}{rest}", "0".repeat(fill))))
}

/// `str.expandtabs(tabsize=8)`.
pub fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let slots = bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tabsize = match &slots[0] {
        Some(v) => index_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut column: usize = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' if tabsize > 0 => {
                let n = tabsize as usize - column % tabsize as usize;
                vm.check_size(1, out.len().saturating_add(n))?;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::string(out))
}
