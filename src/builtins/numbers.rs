//! Number conversions and `format()` dispatch: `int(x)`, `float(x)`, int-to-text limits, `__format__`.

use crate::format::{self, FormatError, FormatSpec};
use crate::objects::Value;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// CPython's default limit on int <-> str conversion digits.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const MIN_INT_MAX_STR_DIGITS: usize = 640;

impl Vm {
    /// Raises a formatting engine error as the matching Python exception.
    pub fn format_error(&self, e: FormatError) -> PyErr {
        match e {
            FormatError::Memory => self.error_args("MemoryError", vec![]),
            other => self.error(other.class_name(), other.message().to_owned()),
        }
    }

    /// The current int <-> str digit limit (`sys.set_int_max_str_digits`); 0 means none.
    pub fn int_max_str_digits(&self) -> usize {
        crate::modules::sys::int_max_str_digits(self)
    }

    /// Decimal text of a big int, with CPython's digit limit.
    pub fn bigint_to_string(&self, b: &BigInt) -> PyResult<String> {
        self.check_int_str_digits(b)?;
        Ok(b.to_string())
    }

    /// ValueError when the decimal text of `b` would exceed the digit limit.
    pub fn check_int_str_digits(&self, b: &BigInt) -> PyResult<()> {
        // Fewer than 3.32 bits per digit: below `3 * limit` bits the text is
        // short enough, and no limit can be set below `MIN_INT_MAX_STR_DIGITS`.
        if b.bits() < (MIN_INT_MAX_STR_DIGITS as u64) * 3 {
            return Ok(());
        }
        let limit = self.int_max_str_digits();
        if limit == 0 || b.bits() < (limit as u64) * 3 {
            return Ok(());
        }
        let digits = b.magnitude().to_string().len();
        if digits > limit {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(())
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
            class.tp_name()
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
        self.check_text_digits(&text, base)?;
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

    /// ValueError when a literal in a base that is not a power of two has too many digits.
    fn check_text_digits(&self, text: &str, base: i64) -> PyResult<()> {
        let limit = self.int_max_str_digits();
        if limit == 0 || text.len() <= limit {
            return Ok(());
        }
        let body = text.trim().trim_start_matches(['+', '-']);
        let prefixed = body.len() > 1
            && body.starts_with('0')
            && matches!(body.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
        let effective = if base == 0 && prefixed { 2 } else { base };
        if matches!(effective, 2 | 4 | 8 | 16 | 32) {
            return Ok(());
        }
        let digits = body.chars().filter(|&c| c != '_').count();
        if digits > limit {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(())
    }

    /// `float(x)`.
    pub fn to_float(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f) => Ok(*f),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.int_to_f64(x),
            Value::Str(s) => format::parse_float(s.as_str()).ok_or_else(|| {
                self.value_error(format::number_parse::float_parse_error_msg(s.as_str()))
            }),
            Value::Bytes(_) | Value::ByteArray(_) => self.float_from_bytes(x),
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
                            class.tp_name(),
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
                    class.tp_name()
                )))
            }
        }
    }

    /// `float(b"1.5")`: the bytes parsed as ASCII text; the error shows the bytes' repr.
    fn float_from_bytes(&self, x: &Value) -> PyResult<f64> {
        let data = match x {
            Value::Bytes(b) => b.to_vec(),
            Value::ByteArray(b) => b.data().to_vec(),
            _ => Vec::new(),
        };
        let text = std::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
        text.and_then(format::parse_float).ok_or_else(|| {
            let shown = match x {
                Value::ByteArray(_) => format!("bytearray({})", format::repr_bytes(&data)),
                _ => format::repr_bytes(&data),
            };
            self.value_error(format!("could not convert string to float: {shown}"))
        })
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
                if matches!(parsed.kind, None | Some('d' | 'n')) {
                    self.check_int_str_digits(&n)?;
                }
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
                class.tp_name()
            )));
        }
        Ok(Value::Str(self.str(v)?))
    }
}
