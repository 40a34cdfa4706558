//! The numeric built-in functions: `chr`, `ord`, `divmod`, `pow`, `bin`, `oct`, `hex` (and `round` from [`super::rounding`]).

use super::args::{bind, check};
use super::setup::function;
use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::arith::float_divmod;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use std::rc::Rc;

/// Adds the numeric functions to the builtins namespace.
pub fn register(vm: &mut Vm) {
    let fns: [(&'static str, NativeFn); 8] = [
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("pow", pow),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("round", super::rounding::round),
    ];
    let b = vm.builtins().clone();
    for (name, func) in fns {
        b.set_str(name, function(name, func));
    }
}

impl Vm {
    /// `operator.index(v)` as a big int: ints as they are, `__index__` for other objects.
    pub fn index_bigint(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(n) = self.to_bigint(v) {
            return Ok(n);
        }
        let class = self.class_of(v);
        let dunder = match v {
            Value::Instance(_) | Value::Native(_) => class.lookup("__index__"),
            _ => None,
        };
        let Some(f) = dunder else {
            return Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class.tp_name()
            )));
        };
        let r = self.call_bound(&f, v, &[], Kw::EMPTY)?;
        self.to_bigint(&r).ok_or_else(|| {
            self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            ))
        })
    }

    /// An index-like argument that must fit a C `int` (like `chr`'s).
    pub fn index_c_int(&mut self, v: &Value) -> PyResult<i32> {
        let n = self.index_bigint(v)?;
        i32::try_from(&n)
            .map_err(|_| self.overflow_error("Python int too large to convert to C int"))
    }

    /// `divmod(a, b)` for ints and floats; `None` for other kinds.
    pub fn numeric_divmod(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::{BigInt as Big, Bool, Float, Int};
        match (a, b) {
            (Int(_) | Bool(_) | Big(_), Int(_) | Bool(_) | Big(_)) => {
                let (x, y) = (self.to_bigint(a), self.to_bigint(b));
                let (Some(x), Some(y)) = (x, y) else {
                    return Ok(None);
                };
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                let (q, r) = x.div_mod_floor(&y);
                Ok(Some(Value::tuple(vec![
                    Value::from_bigint(q),
                    Value::from_bigint(r),
                ])))
            }
            (Float(_) | Int(_) | Bool(_) | Big(_), Float(_) | Int(_) | Bool(_) | Big(_)) => {
                let (x, y) = (self.int_to_f64(a)?, self.int_to_f64(b)?);
                if y == 0.0 {
                    return Err(self.zero_division("float divmod()"));
                }
                let (q, r) = float_divmod(x, y);
                Ok(Some(Value::tuple(vec![Value::Float(q), Value::Float(r)])))
            }
            _ => Ok(None),
        }
    }

    /// Tries `a.name(b)` then `b.rname(a)` (the subclass's reflected method first), for
    /// binary protocols that are not operators (`divmod`).
    pub fn binary_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let same = Rc::ptr_eq(&ca, &cb);
        let b_first = !same && cb.is_subclass(&ca);
        if b_first && let Some(r) = self.try_dunder(b, rname, a)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.try_dunder(a, name, b)? {
            return Ok(Some(r));
        }
        if !b_first && !same {
            return self.try_dunder(b, rname, a);
        }
        Ok(None)
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.numeric_divmod(a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.binary_dunder(a, b, "__divmod__", "__rdivmod__")? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `pow(base, exp, mod)` with a modulus: integers only, or a `__pow__` of the base.
    pub fn ternary_pow(&mut self, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
        let operands = [base, exp, modulus];
        if let [Some(b), Some(e), Some(m)] = operands.map(|v| self.to_bigint(v)) {
            return self.modular_pow(&b, &e, &m);
        }
        if operands.iter().any(|v| matches!(v, Value::Float(_))) {
            return Err(
                self.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        if matches!(base, Value::Instance(_) | Value::Native(_))
            && let Some(f) = self.class_of(base).lookup("__pow__")
        {
            let r = self.call_bound(&f, base, &[exp.clone(), modulus.clone()], Kw::EMPTY)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(base),
            self.type_name(exp),
            self.type_name(modulus)
        )))
    }

    /// `pow(b, e, m)` for ints: the result takes the modulus's sign; a negative
    /// exponent uses the modular inverse.
    pub fn modular_pow(&mut self, b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<Value> {
        if m.is_zero() {
            return Err(self.value_error("pow() 3rd argument cannot be 0"));
        }
        let modulus = m.abs();
        let mut base = b.mod_floor(&modulus);
        if e.is_negative() {
            base = mod_inverse(&base, &modulus)
                .ok_or_else(|| self.value_error("base is not invertible for the given modulus"))?;
        }
        let mut r = base.modpow(&e.abs(), &modulus);
        if m.is_negative() && !r.is_zero() {
            r -= &modulus;
        }
        Ok(Value::from_bigint(r))
    }
}

/// The inverse of `a` modulo `m` (`m > 0`), if `a` and `m` are coprime.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `chr(i)`.
fn chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "chr", args, kw, 1, 1)?;
    let code = vm.index_c_int(&args[0])?;
    if !(0..0x110000).contains(&code) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    let c = char::from_u32(code as u32).unwrap_or('\u{FFFD}');
    Ok(Value::string(c.to_string()))
}

/// `ord(c)`: the code point of a one-character str, or the value of a one-byte bytes.
fn ord(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "ord", args, kw, 1, 1)?;
    let (code, len) = match &args[0] {
        Value::Str(s) => (s.as_str().chars().next().map(u32::from), s.char_len()),
        Value::Bytes(b) => (b.first().map(|&x| x as u32), b.len()),
        Value::ByteArray(b) => {
            let data = b.data();
            (data.first().map(|&x| x as u32), data.len())
        }
        other => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(other)
            )));
        }
    };
    match code {
        Some(c) if len == 1 => Ok(Value::Int(c as i64)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

/// `divmod(a, b)`.
fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("divmod() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("divmod expected 2 arguments, got {}", args.len())));
    }
    vm.divmod(&args[0], &args[1])
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind(vm, "pow", args, kw, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (slots[0].clone().unwrap_or(Value::None), slots[1].clone());
    let exp = exp.unwrap_or(Value::None);
    match &slots[2] {
        None | Some(Value::None) => vm.binary_op(&base, &exp, B::Power),
        Some(m) => vm.ternary_pow(&base, &exp, m),
    }
}

/// Shared body of `bin`, `oct` and `hex`.
fn radix_text(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, radix: u32) -> PyResult<Value> {
    check(vm, name, args, kw, 1, 1)?;
    let n = vm.index_bigint(&args[0])?;
    Ok(Value::string(crate::format::int_to_base(&n, radix, true)))
}

/// `bin(x)`.
fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    radix_text(vm, "bin", args, kw, 2)
}

/// `oct(x)`.
fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    radix_text(vm, "oct", args, kw, 8)
}

/// `hex(x)`.
fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    radix_text(vm, "hex", args, kw, 16)
}
