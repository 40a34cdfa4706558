//! The `%` operator on str and bytes: walks the pieces from `crate::format::printf`,
//! fetches arguments in CPython's order and formats each conversion.

use crate::format::printf::{ConvSpec, Count, Piece, parse_printf, parse_printf_bytes};
use crate::format::printf_conv::{self as pc, Conv};
use crate::objects::Value;
use crate::objects::bytes::PyByteArray;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

/// Where the next argument comes from: a tuple, or one value standing for all.
///
/// Mirrors CPython's bookkeeping: a single value has length -1 and index -2,
/// so it can be fetched exactly once.
struct ArgCursor {
    args: Value,
    len: i64,
    idx: i64,
    mapping: Option<Value>,
}

impl ArgCursor {
    fn new(vm: &Vm, args: &Value, bytes: bool) -> ArgCursor {
        let args = match crate::vm::subclass::base_value(args) {
            t @ Value::Tuple(_) => t,
            _ => args,
        };
        let (len, idx) = match args {
            Value::Tuple(t) => (t.len() as i64, 0),
            _ => (-1, -2),
        };
        let mapping = is_mapping(vm, args, bytes).then(|| args.clone());
        ArgCursor {
            args: args.clone(),
            len,
            idx,
            mapping,
        }
    }

    /// The next positional argument, or "not enough arguments".
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(vm.type_error(pc::NOT_ENOUGH_ARGS));
        }
        let at = self.idx;
        self.idx += 1;
        match &self.args {
            Value::Tuple(t) if self.len >= 0 => Ok(t
                .as_slice()
                .get(at as usize)
                .cloned()
                .unwrap_or(Value::None)),
            other => Ok(other.clone()),
        }
    }

    /// After a `%(key)` lookup the looked-up value becomes the single argument.
    fn replace_with(&mut self, value: Value) {
        self.args = value;
        self.len = -1;
        self.idx = -2;
    }

    /// True when arguments are left over and no mapping was given.
    fn has_leftovers(&self) -> bool {
        self.idx < self.len && self.mapping.is_none()
    }
}

/// Whether `%` treats `args` as a mapping (anything subscriptable except tuples and text).
fn is_mapping(vm: &Vm, args: &Value, bytes: bool) -> bool {
    match crate::vm::subclass::base_value(args) {
        Value::Tuple(_) => false,
        Value::Str(_) => bytes,
        Value::Bytes(_) | Value::ByteArray(_) => !bytes,
        Value::Dict(_) | Value::List(_) => true,
        Value::Instance(_) | Value::Native(_) => vm.class_of(args).lookup("__getitem__").is_some(),
        _ => false,
    }
}

impl Vm {
    /// `text % args`.
    pub fn str_percent(&mut self, text: &str, args: &Value) -> PyResult<Value> {
        let mut cur = ArgCursor::new(self, args, false);
        let mut out = String::with_capacity(text.len());
        for piece in parse_printf(text) {
            match piece {
                Piece::Literal(s) => out.push_str(&s),
                Piece::Conv(spec) => {
                    let conv = self.printf_fields(&spec, &mut cur, |k| Value::str(k))?;
                    let value = cur.next(self)?;
                    spec.check_conversion(false)
                        .map_err(|e| self.format_error(e))?;
                    let piece = self.printf_str_conv(&value, &conv)?;
                    out.push_str(&piece);
                }
            }
        }
        if cur.has_leftovers() {
            return Err(self.type_error(pc::not_all_converted(false)));
        }
        Ok(Value::string(out))
    }

    /// `data % args` for bytes and bytearray (`as_bytearray` picks the result type).
    pub fn bytes_percent(
        &mut self,
        data: &[u8],
        args: &Value,
        as_bytearray: bool,
    ) -> PyResult<Value> {
        let mut cur = ArgCursor::new(self, args, true);
        let mut out = Vec::with_capacity(data.len());
        for piece in parse_printf_bytes(data) {
            match piece {
                Piece::Literal(b) => out.extend_from_slice(&b),
                Piece::Conv(spec) => {
                    let conv =
                        self.printf_fields(&spec, &mut cur, |k| Value::bytes(k.as_slice()))?;
                    let value = cur.next(self)?;
                    spec.check_conversion(true)
                        .map_err(|e| self.format_error(e))?;
                    let piece = self.printf_bytes_conv(&value, &conv)?;
                    out.extend_from_slice(&piece);
                }
            }
        }
        if cur.has_leftovers() {
            return Err(self.type_error(pc::not_all_converted(true)));
        }
        Ok(if as_bytearray {
            Value::ByteArray(Rc::new(PyByteArray::new(out)))
        } else {
            Value::bytes(out)
        })
    }

    /// Steps 1–3 of a conversion: mapping key, `*` fields, then any parse error.
    fn printf_fields<T>(
        &mut self,
        spec: &ConvSpec<T>,
        cur: &mut ArgCursor,
        key_value: impl Fn(&T) -> Value,
    ) -> PyResult<Conv> {
        if spec.wants_mapping {
            let Some(mapping) = cur.mapping.clone() else {
                return Err(self.type_error(pc::REQUIRES_MAPPING));
            };
            if let Some(key) = &spec.key {
                let value = self.getitem(&mapping, &key_value(key))?;
                cur.replace_with(value);
            }
        }
        let width = self.printf_star(spec.width, cur, false)?;
        let precision = self.printf_star(spec.precision, cur, true)?;
        if let Some(e) = &spec.error {
            return Err(self.format_error(e.clone()));
        }
        Ok(spec.resolve(width, precision))
    }

    /// The value of a `*` width or precision.
    fn printf_star(
        &mut self,
        count: Count,
        cur: &mut ArgCursor,
        precision: bool,
    ) -> PyResult<Option<i64>> {
        if count != Count::Star {
            return Ok(None);
        }
        let v = cur.next(self)?;
        let n = match v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            Value::BigInt(_) => {
                let what = if precision { "C int" } else { "C ssize_t" };
                return Err(
                    self.overflow_error(format!("Python int too large to convert to {what}"))
                );
            }
            _ => return Err(self.type_error(pc::STAR_WANTS_INT)),
        };
        if precision && i32::try_from(n).is_err() {
            return Err(self.overflow_error("Python int too large to convert to C int"));
        }
        Ok(Some(n))
    }

    /// Formats one str conversion.
    fn printf_str_conv(&mut self, v: &Value, conv: &Conv) -> PyResult<String> {
        let text = match conv.conv {
            's' => self.str(v)?.as_str().to_owned(),
            'r' => self.repr_str(v)?,
            'a' => self.ascii(v)?,
            'c' => self.printf_char(v)?,
            _ => return self.printf_number(v, conv, false),
        };
        pc::pad_text(&text, conv).map_err(|e| self.format_error(e))
    }

    /// `%c` in str formatting: an int code point or a one-character str.
    fn printf_char(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Str(s) = v {
            if s.char_len() == 1 {
                return Ok(s.as_str().to_owned());
            }
            return Err(self.type_error(pc::char_required(false)));
        }
        let n = self
            .printf_index(v)
            .map_err(|e| self.retype(e, pc::char_required(false)))?;
        pc::char_from_int(&n).map_err(|e| self.format_error(e))
    }

    /// Formats one bytes conversion.
    fn printf_bytes_conv(&mut self, v: &Value, conv: &Conv) -> PyResult<Vec<u8>> {
        let data = match conv.conv {
            's' | 'b' => self.bytes_like(v)?,
            'r' | 'a' => self.ascii(v)?.into_bytes(),
            'c' => vec![self.printf_byte(v)?],
            _ => return Ok(self.printf_number(v, conv, true)?.into_bytes()),
        };
        pc::pad_bytes(&data, conv).map_err(|e| self.format_error(e))
    }

    /// `%c` in bytes formatting: an int in range(256) or a one-byte bytes object.
    fn printf_byte(&mut self, v: &Value) -> PyResult<u8> {
        let single = |b: &[u8]| (b.len() == 1).then(|| b[0]);
        let found = match v {
            Value::Bytes(b) => single(b),
            Value::ByteArray(b) => single(&b.data()),
            _ => {
                let n = self
                    .printf_index(v)
                    .map_err(|e| self.retype(e, pc::char_required(true)))?;
                return pc::byte_from_int(&n).map_err(|e| self.format_error(e));
            }
        };
        found.ok_or_else(|| self.type_error(pc::char_required(true)))
    }

    /// The bytes of a bytes-like value (or its `__bytes__`), for `%s` / `%b`.
    fn bytes_like(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match v {
            Value::Bytes(b) => return Ok(b.to_vec()),
            Value::ByteArray(b) => return Ok(b.data().clone()),
            _ => {}
        }
        if let Some(f) = self.class_of(v).lookup("__bytes__")
            && let Value::Bytes(b) = self.call_bound(&f, v, &[], Kw::EMPTY)?
        {
            return Ok(b.to_vec());
        }
        Err(self.type_error(pc::bytes_like_required(&self.type_name(v))))
    }

    /// `%d %i %u %o %x %X %e %E %f %F %g %G`.
    fn printf_number(&mut self, v: &Value, conv: &Conv, bytes: bool) -> PyResult<String> {
        let result = match conv.conv {
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.printf_float(v, bytes)?;
                pc::format_float_conv(x, conv)
            }
            // An int within 64 bits needs no big-int text (nor a digit-limit check).
            _ if let Value::Int(small) = v => pc::format_i64_conv(*small, conv),
            c => {
                let n = self.printf_integer(v, c)?;
                if matches!(c, 'd' | 'i' | 'u') {
                    self.check_int_str_digits(&n)?;
                }
                pc::format_int_conv(&n, conv)
            }
        };
        result.map_err(|e| self.format_error(e))
    }

    /// The int an integer conversion formats: `int(v)` for `d i u`, `__index__` for `o x X`.
    fn printf_integer(&mut self, v: &Value, c: char) -> PyResult<BigInt> {
        if let Some(n) = self.to_bigint(v) {
            return Ok(n);
        }
        let hex_like = matches!(c, 'o' | 'x' | 'X');
        let tname = self.type_name(v);
        let wrong = if hex_like {
            pc::integer_required(c, &tname)
        } else {
            pc::real_number_required(c, &tname)
        };
        if !self.is_number(v) {
            return Err(self.type_error(wrong));
        }
        let result = if hex_like {
            self.printf_index(v)
        } else {
            self.to_int(v)
                .map(|n| self.to_bigint(&n).unwrap_or_default())
        };
        result.map_err(|e| self.retype(e, &wrong))
    }

    /// `operator.index(v)` as a big int.
    fn printf_index(&mut self, v: &Value) -> PyResult<BigInt> {
        if let Some(n) = self.to_bigint(v) {
            return Ok(n);
        }
        let class = self.class_of(v);
        let Some(f) = class
            .lookup("__index__")
            .filter(|_| matches!(v, Value::Instance(_)))
        else {
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

    /// The float a float conversion formats.
    fn printf_float(&mut self, v: &Value, bytes: bool) -> PyResult<f64> {
        if matches!(v, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) || !self.is_number(v)
        {
            return Err(self.type_error(pc::float_required(&self.type_name(v), bytes)));
        }
        self.to_float(v)
    }

    /// Whether a value supports the number protocol (int, float or numeric dunders).
    fn is_number(&self, v: &Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
            Value::Instance(_) | Value::Native(_) => {
                let class = self.class_of(v);
                ["__index__", "__int__", "__float__"]
                    .iter()
                    .any(|n| class.lookup(n).is_some())
            }
            _ => false,
        }
    }

    /// Replaces a TypeError by one with `msg`; other errors pass through.
    fn retype(&self, e: PyErr, msg: &str) -> PyErr {
        if self.err_is(&e, "TypeError") {
            self.type_error(msg)
        } else {
            e
        }
    }
}
