//! `bytes.maketrans`, `bytes.translate` and `bytes.expandtabs`.

use super::args::bind;
use super::bytes_methods::{arity, bytes_arg, receiver};
use super::str_methods::index_arg;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// The translation methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[("translate", translate), ("expandtabs", expandtabs)];

/// Installs the static method `maketrans` on bytes or bytearray.
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

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping `frm[i]` to `to[i]`.
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "maketrans", args, kw, 2, 2)?;
    let from = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`.
pub fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "translate")?;
    let slots = bind(vm, "translate", &args[1..], kw, &["table", "delete"], 1)?;
    let table = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &slots[1] {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let out = r
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(r.make(out))
}

/// `bytes.expandtabs(tabsize=8)`.
pub fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "expandtabs")?;
    if args.len() > 2 {
        arity(vm, &r, "expandtabs", args, kw, 0, 1)?;
    }
    let slots = bind(vm, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tabsize = match &slots[0] {
        Some(v) => index_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(r.data.len());
    let mut column = 0usize;
    for &b in &r.data {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize as usize - column % tabsize as usize;
                vm.check_size(1, out.len().saturating_add(n))?;
                out.resize(out.len() + n, b' ');
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(r.make(out))
}
