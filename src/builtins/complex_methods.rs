//! The methods of `complex`: arithmetic with int, float and complex operands (both sides),
//! comparison, hashing, `repr`, `abs`, `bool`, `conjugate`.

use super::args::check;
use super::receiver::wrong_self;
use super::setup::{add_methods, add_new};
use crate::compiler::opcode::BinaryOperator as B;
use crate::format::complex_repr::repr_complex;
use crate::objects::Value;
use crate::objects::complex::{Complex, ComplexError};
use crate::objects::function::NativeFn;
use crate::vm::protocol::hash_float;
use crate::vm::{Kw, PyErr, PyResult, Vm};

/// CPython's multiplier for the imaginary part's hash.
const HASH_IMAG: u64 = 1_000_003;

/// Installs `complex.__new__` and the methods.
pub fn register(vm: &mut Vm) {
    let class = vm.types().complex.clone();
    add_new(&class, "complex", super::complex_new::complex_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__repr__", complex_repr),
        ("__hash__", complex_hash),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__bool__", complex_bool),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow),
        ("__rpow__", complex_rpow),
        ("conjugate", complex_conjugate),
        ("__complex__", complex_complex),
    ];
    add_methods(&class, "complex", methods);
}

/// `self` as a complex number.
fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Complex> {
    match args.first().and_then(|v| v.downcast::<Complex>()) {
        Some(c) => Ok(*c),
        None => Err(wrong_self(vm, "complex", name, args.first())),
    }
}

/// An operand of mixed arithmetic: complex, float, int or bool; `None` for other kinds.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Float(f) => Some(Complex::real(*f)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(Complex::real(vm.int_to_f64(v)?)),
        _ => v.downcast::<Complex>().copied(),
    })
}

/// The single argument after `self`.
fn other<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [_, o] => Ok(o),
        _ => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// The Python exception for a failed operation.
pub fn complex_error(vm: &Vm, e: ComplexError) -> PyErr {
    match e {
        ComplexError::DivisionByZero => vm.zero_division("complex division by zero"),
        ComplexError::ZeroToNegativePower => vm.zero_division("0.0 to a negative or complex power"),
        ComplexError::PowerOverflow => vm.overflow_error("complex exponentiation"),
        ComplexError::AbsOverflow => vm.overflow_error("absolute value too large"),
    }
}

/// `self op other` (or `other op self` when `reflected`); NotImplemented for other kinds.
fn arith(vm: &mut Vm, args: &[Value], name: &str, op: B, reflected: bool) -> PyResult<Value> {
    let a = this(vm, args, name)?;
    let Some(b) = operand(vm, other(vm, args)?)? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = match op {
        B::Add => Ok(x + y),
        B::Subtract => Ok(x - y),
        B::Multiply => Ok(x * y),
        B::TrueDivide => x.quotient(y),
        _ => x.pow(y),
    };
    r.map(Complex::into_value).map_err(|e| complex_error(vm, e))
}

/// `complex.__add__`.
fn complex_add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__add__", B::Add, false)
}

/// `complex.__radd__`.
fn complex_radd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__radd__", B::Add, true)
}

/// `complex.__sub__`.
fn complex_sub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__sub__", B::Subtract, false)
}

/// `complex.__rsub__`.
fn complex_rsub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__rsub__", B::Subtract, true)
}

/// `complex.__mul__`.
fn complex_mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__mul__", B::Multiply, false)
}

/// `complex.__rmul__`.
fn complex_rmul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__rmul__", B::Multiply, true)
}

/// `complex.__truediv__`.
fn complex_truediv(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__truediv__", B::TrueDivide, false)
}

/// `complex.__rtruediv__`.
fn complex_rtruediv(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arith(vm, args, "__rtruediv__", B::TrueDivide, true)
}

/// `complex.__pow__(other, mod=None)`: a modulus is a ValueError.
fn complex_pow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    power(vm, args, "__pow__", false)
}

/// `complex.__rpow__(other, mod=None)`.
fn complex_rpow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    power(vm, args, "__rpow__", true)
}

/// `**` with the optional third argument of `pow()`.
fn power(vm: &mut Vm, args: &[Value], name: &str, reflected: bool) -> PyResult<Value> {
    match args {
        [_, _, m] if !m.is_none() => {
            this(vm, args, name)?;
            Err(vm.value_error("complex modulo"))
        }
        [s, o, _] => arith(vm, &[s.clone(), o.clone()], name, B::Power, reflected),
        _ => arith(vm, args, name, B::Power, reflected),
    }
}

/// `complex.__repr__` (also `str()`).
fn complex_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = this(vm, args, "__repr__")?;
    Ok(Value::string(repr_complex(c.re, c.im)))
}

/// `complex.__hash__`: equal to the hash of an equal int or float.
fn complex_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = this(vm, args, "__hash__")?;
    let (re, im) = (hash_float(c.re) as u64, hash_float(c.im) as u64);
    let combined = re.wrapping_add(HASH_IMAG.wrapping_mul(im)) as i64;
    Ok(Value::Int(if combined == -1 { -2 } else { combined }))
}

/// `self == other`: an int compares exactly against the real part when there is no
/// imaginary part; other kinds are NotImplemented.
fn equals(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Option<bool>> {
    let c = this(vm, args, name)?;
    let o = other(vm, args)?;
    Ok(match o {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Some(c.im == 0.0 && vm.eq(&Value::Float(c.re), o)?)
        }
        Value::Float(f) => Some(c.re == *f && c.im == 0.0),
        _ => o
            .downcast::<Complex>()
            .map(|d| c.re == d.re && c.im == d.im),
    })
}

/// `complex.__eq__`.
fn complex_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(equals(vm, args, "__eq__")?.map_or(Value::NotImplemented, Value::Bool))
}

/// `complex.__ne__`.
fn complex_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(equals(vm, args, "__ne__")?.map_or(Value::NotImplemented, |e| Value::Bool(!e)))
}

/// `complex.__bool__`.
fn complex_bool(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, args, "__bool__")?.is_nonzero()))
}

/// `complex.__neg__`.
fn complex_neg(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok((-this(vm, args, "__neg__")?).into_value())
}

/// `complex.__pos__`.
fn complex_pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this(vm, args, "__pos__")?.into_value())
}

/// `complex.__abs__`.
fn complex_abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = this(vm, args, "__abs__")?;
    c.abs().map(Value::Float).map_err(|e| complex_error(vm, e))
}

/// `complex.conjugate()`.
fn complex_conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(
        vm,
        "complex.conjugate",
        args.get(1..).unwrap_or(&[]),
        kw,
        0,
        0,
    )?;
    Ok(this(vm, args, "conjugate")?.conjugate().into_value())
}

/// `complex.__complex__()`.
fn complex_complex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(
        vm,
        "complex.__complex__",
        args.get(1..).unwrap_or(&[]),
        kw,
        0,
        0,
    )?;
    Ok(this(vm, args, "__complex__")?.into_value())
}
