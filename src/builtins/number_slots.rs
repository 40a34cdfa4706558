//! The operator slots of `int` and `float` as callable methods: `(1).__add__(2)`, `int.__lt__`,
//! `(2.0).__rtruediv__(1)`. Like CPython they return `NotImplemented` for foreign operands.

use super::int_methods::is_int;
use super::receiver::slot_args;
use super::setup::add_methods;
use crate::compiler::opcode::BinaryOperator as B;
use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};
use num_traits::{Signed, Zero};

/// Registers the slots on the `int` and `float` classes.
pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let (int, float) = (t.int.clone(), t.float.clone());
    for table in [INT_BINARY, INT_COMPARE, INT_UNARY, INT_SPECIAL] {
        add_methods(&int, "int", table);
    }
    for table in [FLOAT_BINARY, FLOAT_COMPARE, FLOAT_UNARY, FLOAT_SPECIAL] {
        add_methods(&float, "float", table);
    }
    add_methods(&t.bool_, "bool", &[("__repr__", bool_repr)]);
}

/// True for floats.
fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
}

/// The receiver of a slot wrapper, with CPython's errors for a missing or foreign `self`.
fn slot_self(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    owner: &str,
    name: &str,
    accept: fn(&Value) -> bool,
) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    if !accept(first) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(first)
        )));
    }
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    Ok(first.clone())
}

/// The operand of a binary float slot as a float; `None` when it is not a number.
fn float_operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        v if is_int(v) => vm.int_to_f64(v).map(Some),
        _ => Ok(None),
    }
}

/// An int slot `self op other` (or `other op self` when reflected).
fn int_binary(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: B,
    refl: bool,
) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "int", name, is_int)?;
    slot_args(vm, args, 1)?;
    let b = &args[1];
    if !is_int(b) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if refl { (b, &a) } else { (&a, b) };
    vm.int_op(x, y, op)
}

/// A float slot `self op other` (or reflected); ints are converted.
fn float_binary(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: B,
    refl: bool,
) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "float", name, is_float)?;
    slot_args(vm, args, 1)?;
    let Value::Float(x) = a else { unreachable!() };
    let Some(y) = float_operand(vm, &args[1])? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if refl { (y, x) } else { (x, y) };
    vm.float_op(x, y, op)
}

/// A rich comparison slot of int (`other` must be an int).
fn int_compare(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, op: Op) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "int", name, is_int)?;
    slot_args(vm, args, 1)?;
    if !is_int(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&a, &args[1], op)
}

/// A rich comparison slot of float (`other` may be an int or a float).
fn float_compare(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, op: Op) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "float", name, is_float)?;
    slot_args(vm, args, 1)?;
    if !is_int(&args[1]) && !is_float(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&a, &args[1], op)
}

/// Defines one wrapper function per slot and the table that registers them.
macro_rules! slots {
    ($table:ident, $helper:ident: $($fname:ident = $name:literal, $($arg:expr),+;)*) => {
        $(
            #[doc = concat!("`", $name, "` slot wrapper.")]
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                $helper(vm, args, kw, $name, $($arg),+)
            }
        )*
        const $table: &[(&str, NativeFn)] = &[$(($name, $fname)),*];
    };
}

slots! { INT_BINARY, int_binary:
    int_add = "__add__", B::Add, false;
    int_radd = "__radd__", B::Add, true;
    int_sub = "__sub__", B::Subtract, false;
    int_rsub = "__rsub__", B::Subtract, true;
    int_mul = "__mul__", B::Multiply, false;
    int_rmul = "__rmul__", B::Multiply, true;
    int_truediv = "__truediv__", B::TrueDivide, false;
    int_rtruediv = "__rtruediv__", B::TrueDivide, true;
    int_floordiv = "__floordiv__", B::FloorDivide, false;
    int_rfloordiv = "__rfloordiv__", B::FloorDivide, true;
    int_mod = "__mod__", B::Remainder, false;
    int_rmod = "__rmod__", B::Remainder, true;
    int_lshift = "__lshift__", B::LShift, false;
    int_rlshift = "__rlshift__", B::LShift, true;
    int_rshift = "__rshift__", B::RShift, false;
    int_rrshift = "__rrshift__", B::RShift, true;
    int_and = "__and__", B::And, false;
    int_rand = "__rand__", B::And, true;
    int_or = "__or__", B::Or, false;
    int_ror = "__ror__", B::Or, true;
    int_xor = "__xor__", B::Xor, false;
    int_rxor = "__rxor__", B::Xor, true;
}

slots! { FLOAT_BINARY, float_binary:
    float_add = "__add__", B::Add, false;
    float_radd = "__radd__", B::Add, true;
    float_sub = "__sub__", B::Subtract, false;
    float_rsub = "__rsub__", B::Subtract, true;
    float_mul = "__mul__", B::Multiply, false;
    float_rmul = "__rmul__", B::Multiply, true;
    float_truediv = "__truediv__", B::TrueDivide, false;
    float_rtruediv = "__rtruediv__", B::TrueDivide, true;
    float_floordiv = "__floordiv__", B::FloorDivide, false;
    float_rfloordiv = "__rfloordiv__", B::FloorDivide, true;
    float_mod = "__mod__", B::Remainder, false;
    float_rmod = "__rmod__", B::Remainder, true;
}

slots! { INT_COMPARE, int_compare:
    int_lt = "__lt__", Op::Lt;
    int_le = "__le__", Op::Le;
    int_eq = "__eq__", Op::Eq;
    int_ne = "__ne__", Op::Ne;
    int_gt = "__gt__", Op::Gt;
    int_ge = "__ge__", Op::Ge;
}

slots! { FLOAT_COMPARE, float_compare:
    float_lt = "__lt__", Op::Lt;
    float_le = "__le__", Op::Le;
    float_eq = "__eq__", Op::Eq;
    float_ne = "__ne__", Op::Ne;
    float_gt = "__gt__", Op::Gt;
    float_ge = "__ge__", Op::Ge;
}

/// What a one-operand slot computes.
#[derive(Clone, Copy)]
enum Unary {
    Neg,
    Pos,
    Abs,
    Invert,
    Bool,
    Int,
    Float,
    Repr,
    Hash,
}

/// A one-operand int slot.
fn int_unary(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, what: Unary) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "int", name, is_int)?;
    slot_args(vm, args, 0)?;
    let n = vm.to_bigint(&a).unwrap_or_default();
    Ok(match what {
        Unary::Neg => vm.negate(&a)?,
        Unary::Pos | Unary::Int => Value::from_bigint(n),
        Unary::Abs => Value::from_bigint(n.abs()),
        Unary::Invert => vm.invert(&a)?,
        Unary::Bool => Value::Bool(!n.is_zero()),
        Unary::Float => Value::Float(vm.int_to_f64(&a)?),
        Unary::Repr => vm.repr(&Value::from_bigint(n))?,
        Unary::Hash => Value::Int(vm.hash(&a)?),
    })
}

/// A one-operand float slot.
fn float_unary(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, what: Unary) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "float", name, is_float)?;
    slot_args(vm, args, 0)?;
    let Value::Float(x) = a else { unreachable!() };
    Ok(match what {
        Unary::Neg => Value::Float(-x),
        Unary::Pos | Unary::Float | Unary::Invert => Value::Float(x),
        Unary::Abs => Value::Float(x.abs()),
        Unary::Bool => Value::Bool(x != 0.0),
        Unary::Int => vm.float_to_int_value(x.trunc())?,
        Unary::Repr => vm.repr(&a)?,
        Unary::Hash => Value::Int(vm.hash(&a)?),
    })
}

slots! { INT_UNARY, int_unary:
    int_neg = "__neg__", Unary::Neg;
    int_pos = "__pos__", Unary::Pos;
    int_abs = "__abs__", Unary::Abs;
    int_invert = "__invert__", Unary::Invert;
    int_bool = "__bool__", Unary::Bool;
    int_int = "__int__", Unary::Int;
    int_index = "__index__", Unary::Int;
    int_float = "__float__", Unary::Float;
    int_repr = "__repr__", Unary::Repr;
    int_hash = "__hash__", Unary::Hash;
}

slots! { FLOAT_UNARY, float_unary:
    float_neg = "__neg__", Unary::Neg;
    float_pos = "__pos__", Unary::Pos;
    float_abs = "__abs__", Unary::Abs;
    float_bool = "__bool__", Unary::Bool;
    float_int = "__int__", Unary::Int;
    float_float = "__float__", Unary::Float;
    float_repr = "__repr__", Unary::Repr;
    float_hash = "__hash__", Unary::Hash;
}

/// `bool.__repr__`: `True` / `False`.
fn bool_repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "bool", "__repr__", |v| {
        matches!(v, Value::Bool(_))
    })?;
    slot_args(vm, args, 0)?;
    vm.repr(&a)
}

/// The slots with their own shapes: three-argument power and divmod.
const INT_SPECIAL: &[(&str, NativeFn)] = &[
    ("__format__", int_format),
    ("__pow__", int_pow),
    ("__rpow__", int_rpow),
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
];

/// The float slots with their own shapes.
const FLOAT_SPECIAL: &[(&str, NativeFn)] = &[
    ("__format__", float_format),
    ("__pow__", float_pow),
    ("__rpow__", float_rpow),
    ("__divmod__", float_divmod),
    ("__rdivmod__", float_rdivmod),
];

/// `__format__(format_spec)` of ints and floats: the format-spec mini-language.
fn number_format(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    owner: &str,
    accept: fn(&Value) -> bool,
) -> PyResult<Value> {
    let Some(a) = args.first().filter(|v| accept(v)) else {
        return Err(super::receiver::wrong_self(
            vm,
            owner,
            "__format__",
            args.first(),
        ));
    };
    super::args::check(vm, "__format__", &args[1..], kw, 1, 1)?;
    let Value::Str(spec) = &args[1] else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    vm.format(a, spec.as_str())
}

/// `int.__format__(format_spec)`.
fn int_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    number_format(vm, args, kw, "int", is_int)
}

/// `float.__format__(format_spec)`.
fn float_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    number_format(vm, args, kw, "float", is_float)
}

/// The `value` and optional `mod` of a power slot.
fn pow_operands(vm: &Vm, args: &[Value]) -> PyResult<(Value, Option<Value>)> {
    let got = args.len().saturating_sub(1);
    if !(1..=2).contains(&got) {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {got}",
            if got == 0 { 1 } else { 2 },
            if got == 0 { "" } else { "s" }
        )));
    }
    let modulus = args.get(2).filter(|m| !m.is_none()).cloned();
    Ok((args[1].clone(), modulus))
}

/// `int.__pow__` and `int.__rpow__`: `base ** exp [% mod]` for ints only.
fn int_power(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, refl: bool) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "int", name, is_int)?;
    let (b, modulus) = pow_operands(vm, args)?;
    let (base, exp) = if refl { (b, a) } else { (a, b) };
    if !is_int(&base) || !is_int(&exp) || modulus.as_ref().is_some_and(|m| !is_int(m)) {
        return Ok(Value::NotImplemented);
    }
    match modulus {
        None => vm.int_op(&base, &exp, B::Power),
        Some(m) => vm.ternary_pow(&base, &exp, &m),
    }
}

/// `int.__pow__(value, mod=None)`.
fn int_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    int_power(vm, args, kw, "__pow__", false)
}

/// `int.__rpow__(value, mod=None)`.
fn int_rpow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    int_power(vm, args, kw, "__rpow__", true)
}

/// `float.__pow__` and `float.__rpow__`: no modulus allowed.
fn float_power(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, refl: bool) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, "float", name, is_float)?;
    let (b, modulus) = pow_operands(vm, args)?;
    if modulus.is_some() {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let Value::Float(x) = a else { unreachable!() };
    let Some(y) = float_operand(vm, &b)? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if refl { (y, x) } else { (x, y) };
    vm.float_op(x, y, B::Power)
}

/// `float.__pow__(value, mod=None)`.
fn float_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_power(vm, args, kw, "__pow__", false)
}

/// `float.__rpow__(value, mod=None)`.
fn float_rpow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_power(vm, args, kw, "__rpow__", true)
}

/// `divmod` slots: `accept` decides which operands the type handles.
fn divmod_slot(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    (owner, name): (&str, &str),
    accept: fn(&Value) -> bool,
    refl: bool,
) -> PyResult<Value> {
    let a = slot_self(vm, args, kw, owner, name, accept)?;
    slot_args(vm, args, 1)?;
    let b = &args[1];
    let handled = is_int(b) || (owner == "float" && is_float(b));
    if !handled {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if refl { (b, &a) } else { (&a, b) };
    Ok(vm.numeric_divmod(x, y)?.unwrap_or(Value::NotImplemented))
}

/// `int.__divmod__(value)`.
fn int_divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    divmod_slot(vm, args, kw, ("int", "__divmod__"), is_int, false)
}

/// `int.__rdivmod__(value)`.
fn int_rdivmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    divmod_slot(vm, args, kw, ("int", "__rdivmod__"), is_int, true)
}

/// `float.__divmod__(value)`.
fn float_divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    divmod_slot(vm, args, kw, ("float", "__divmod__"), is_float, false)
}

/// `float.__rdivmod__(value)`.
fn float_rdivmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    divmod_slot(vm, args, kw, ("float", "__rdivmod__"), is_float, true)
}
