//! Number conversions and `format()` dispatch: `int(x)`, `float(x)`, int-to-text limits, `__format__`.

use crate::format::{self, FormatError, FormatSpec};
use crate::objects::Value;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// CPython's default limit on int <-> str conversion digits.
pub const INT_MAX_STR_DIGITS: usize = 4300;

impl Vm {
    /// Raises a formatting engine error as the matching Python exception.
    pub fn format_error(&self, e: FormatError) -> PyErr {
        match e {
            FormatError::Memory => self.error_args("MemoryError", vec![]),
            other => self.error(other.class_name(), other.message().to_owned()),
        }
    }

    /// Decimal text of a big int, with CPython's digit limit.
    pub fn bigint_to_string(&self, b: &BigInt) -> PyResult<String> {
        if b.bits() > 14_300 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > INT_MAX_STR_DIGITS {
                return Err(self.value_error(format!(
                    "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        match x {
            Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => format::number_parse::float_to_int(*f)
                .map(Value::from_bigint)
                .map_err(|e| self.format_error(e)),
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => self.int_from_text(x, 10),
            _ => self.int_by_dunder(x),
        }
    }

    fn int_by_dunder(&mut self, x: &Value) -> PyResult<Value> {
        if let Some(base) = self.inherited_base(x, "__int__")
            && !matches!(base, Value::List(_) | Value::Tuple(_) | Value::Dict(_))
        {
            return self.to_int(&base);
        }
        let class = self.class_of(x);
        for name in ["__int__", "__index__", "__trunc__"] {
            if let Some(f) = class.lookup(name) {
                let r = self.call_bound(&f, x, &[], Kw::EMPTY)?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => Err(self.type_error(format!(
                        "{name} returned non-int (type {})",
                        self.type_name(&other)
                    ))),
                };
            }
        }
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            class.name()
        )))
    }

    /// `int(text, base)`.
    pub fn int_from_text(&mut self, x: &Value, base: i64) -> PyResult<Value> {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            Value::ByteArray(b) => String::from_utf8_lossy(&b.data()).into_owned(),
            _ => return Err(self.type_error("int() can't convert non-string with explicit base")),
        };
        if text.len() > INT_MAX_STR_DIGITS + 64 && base == 10 {
            let digits = text
                .trim()
                .trim_start_matches(['+', '-'])
                .replace('_', "")
                .len();
            if digits > INT_MAX_STR_DIGITS {
                return Err(self.value_error(format!(
                    "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
        }
        match format::parse_int(&text, base as u32) {
            Some(n) => Ok(Value::from_bigint(n)),
            None => {
                let shown = match x {
                    Value::Str(_) => format::repr_str(&text),
                    Value::Bytes(b) => format::repr_bytes(b),
                    _ => format::repr_str(&text),
                };
                Err(self.value_error(format!(
                    "invalid literal for int() with base {base}: {shown}"
                )))
            }
        }
    }

    /// `float(x)`.
    pub fn to_float(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f) => Ok(*f),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.int_to_f64(x),
            Value::Str(s) => format::parse_float(s.as_str()).ok_or_else(|| {
                self.value_error(format::number_parse::float_parse_error_msg(s.as_str()))
            }),
            Value::Instance(i)
                if i.base.is_some() && self.inherited_base(x, "__float__").is_some() =>
            {
                let base = i.base.clone().unwrap_or(Value::None);
                self.to_float(&base)
            }
            _ => {
                let class = self.class_of(x);
                if let Some(f) = class.lookup("__float__") {
                    let r = self.call_bound(&f, x, &[], Kw::EMPTY)?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        other => Err(self.type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            class.name(),
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = class.lookup("__index__") {
                    let r = self.call_bound(&f, x, &[], Kw::EMPTY)?;
                    return self.int_to_f64(&r);
                }
                Err(self.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    class.name()
                )))
            }
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let tname = self.type_name(v);
        let text = match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return Ok(Value::Str(self.str(v)?));
                }
                let n = self.to_bigint(v).unwrap_or_default();
                let parsed = FormatSpec::parse(spec, &tname).map_err(|e| self.format_error(e))?;
                format::format_int(&n, &parsed, &tname)
            }
            Value::Float(f) => {
                let parsed = FormatSpec::parse(spec, &tname).map_err(|e| self.format_error(e))?;
                format::format_float(*f, &parsed, &tname)
            }
            Value::Str(s) => {
                let parsed = FormatSpec::parse(spec, &tname).map_err(|e| self.format_error(e))?;
                format::format_str(s.as_str(), &parsed, &tname)
            }
            _ => return self.format_by_dunder(v, spec),
        };
        text.map(Value::string).map_err(|e| self.format_error(e))
    }

    fn format_by_dunder(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if let Some(base) = self.inherited_base(v, "__format__") {
            if spec.is_empty() {
                return Ok(Value::Str(self.str(v)?));
            }
            return self.format(&base, spec);
        }
        let class = self.class_of(v);
        if let Some(f) = class.lookup("__format__")
            && !matches!(&f, Value::Builtin(b) if b.owner == Some("object"))
        {
            let r = self.call_bound(&f, v, &[Value::str(spec)], Kw::EMPTY)?;
            return match r {
                Value::Str(_) => Ok(r),
                other => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&other)
                ))),
            };
        }
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                class.name()
            )));
        }
        Ok(Value::Str(self.str(v)?))
    }
}
