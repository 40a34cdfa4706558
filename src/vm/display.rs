//! `repr()` and `str()` of every kind, `format()` dispatch, and the REPL's expression echo.

use super::{Kw, PyResult, Vm};
use crate::compiler::opcode::Conversion;
use crate::objects::Value;
use crate::objects::str::PyStr;
use std::rc::Rc;

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr_str(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null | Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.bigint_to_string(b)?,
            Value::Float(f) => crate::format::float_repr::repr_float(*f),
            Value::Str(s) => crate::format::repr_str(s.as_str()),
            Value::Bytes(b) => crate::format::repr_bytes(b),
            Value::ByteArray(b) => format!("bytearray({})", crate::format::repr_bytes(&b.data())),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => {
                return self.repr_container(v);
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                self.func_qualname(f),
                self.id_of(v)
            ),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => return self.repr_bound_method(m),
            Value::Class(c) => {
                let module = match c.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("<class '{module}{}'>", c.qualname.borrow())
            }
            Value::Module(m) => match m.dict.get_str("__file__") {
                Some(Value::Str(f)) if !f.as_str().starts_with('<') => {
                    format!("<module '{}' from '{}'>", m.name, f.as_str())
                }
                _ => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Cell(_) => format!("<cell at {:#x}>", self.id_of(v)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                self.id_of(v),
                c.code.filename,
                c.code.first_line
            ),
            Value::Instance(_) | Value::Native(_) => return self.repr_by_dunder(v),
        })
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        Ok(Value::string(self.repr_str(v)?))
    }

    fn repr_bound_method(&mut self, m: &crate::objects::function::BoundMethod) -> PyResult<String> {
        match &m.func {
            Value::Builtin(b) => Ok(format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                self.type_name(&m.receiver),
                self.id_of(&m.receiver)
            )),
            Value::Function(f) => {
                let recv = self.repr_str(&m.receiver)?;
                Ok(format!(
                    "<bound method {} of {recv}>",
                    self.func_qualname(f)
                ))
            }
            other => self.repr_str(other),
        }
    }

    /// The default `object.__repr__`: `<module.Class object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let class = self.class_of(v);
        let module = match class.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        format!(
            "<{module}{} object at {:#x}>",
            class.qualname.borrow(),
            self.id_of(v)
        )
    }

    fn repr_by_dunder(&mut self, v: &Value) -> PyResult<String> {
        if let Some(base) = self.inherited_base(v, "__repr__") {
            return self.repr_of_base(v, &base);
        }
        let class = self.class_of(v);
        let Some(f) = class.lookup("__repr__") else {
            return Ok(self.default_repr(v));
        };
        self.enter_native(" while getting the repr of an object")?;
        let r = self.call_bound(&f, v, &[], Kw::EMPTY);
        self.leave_frame();
        match r? {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            other => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    /// The repr of an instance extending `base`: the base's, except that sets
    /// and frozensets name the subclass (`S({1, 2})`, `S()`).
    fn repr_of_base(&mut self, v: &Value, base: &Value) -> PyResult<String> {
        let (Value::Set(s) | Value::FrozenSet(s)) = base else {
            return self.repr_str(base);
        };
        let name = self.type_name(v);
        if s.is_empty() {
            return Ok(format!("{name}()"));
        }
        let inner = self.repr_str(base)?;
        let braces = match base {
            Value::FrozenSet(_) => &inner["frozenset(".len()..inner.len() - 1],
            _ => inner.as_str(),
        };
        Ok(format!("{name}({braces})"))
    }

    /// Repr of list, tuple, dict, set, frozenset with recursion guards.
    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        let id = v.heap_ptr().unwrap_or(0);
        if self.repr_guard.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                Value::Tuple(_) => "(...)",
                _ => "{...}",
            }
            .to_owned());
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_guard.push(id);
        let r = self.repr_container_items(v);
        self.repr_guard.pop();
        self.leave_frame();
        r
    }

    fn repr_container_items(&mut self, v: &Value) -> PyResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for x in items {
                parts.push(vm.repr_str(x)?);
            }
            Ok(parts.join(", "))
        };
        Ok(match v {
            Value::List(l) => format!("[{}]", join(self, &l.to_vec())?),
            Value::Tuple(t) if t.len() == 1 => format!("({},)", self.repr_str(&t.as_slice()[0])?),
            Value::Tuple(t) => format!("({})", join(self, t.as_slice())?),
            Value::Set(s) if s.is_empty() => "set()".to_owned(),
            Value::Set(s) => format!("{{{}}}", join(self, &s.members())?),
            Value::FrozenSet(s) if s.is_empty() => "frozenset()".to_owned(),
            Value::FrozenSet(s) => format!("frozenset({{{}}})", join(self, &s.members())?),
            Value::Dict(d) => {
                let mut parts = Vec::new();
                for (k, val) in d.items() {
                    parts.push(format!("{}: {}", self.repr_str(&k)?, self.repr_str(&val)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            _ => String::new(),
        })
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(base) = self.inherited_base(v, "__str__") {
                    return self.str_of_base(v, &base);
                }
                let class = self.class_of(v);
                match class.lookup("__str__") {
                    Some(f) if !matches!(&f, Value::Builtin(b) if b.owner == Some("object")) => {
                        match self.call_bound(&f, v, &[], Kw::EMPTY)? {
                            Value::Str(s) => Ok(s),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        }
                    }
                    _ => Ok(Rc::new(PyStr::from(self.repr_str(v)?))),
                }
            }
            _ => Ok(Rc::new(PyStr::from(self.repr_str(v)?))),
        }
    }

    /// `str(v)` for an instance extending `base` without its own `__str__`: the
    /// str itself, or (as `object.__str__` does for the other types) `repr(v)`.
    fn str_of_base(&mut self, v: &Value, base: &Value) -> PyResult<Rc<PyStr>> {
        match base {
            Value::Str(s) => Ok(s.clone()),
            _ => Ok(Rc::new(PyStr::from(self.repr_str(v)?))),
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_str().to_owned())
    }

    /// `FormatValue`: conversion then `format(v, spec)`.
    pub fn format_value(
        &mut self,
        v: &Value,
        conv: Conversion,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conv {
            Conversion::None => v.clone(),
            Conversion::Str => Value::Str(self.str(v)?),
            Conversion::Repr => self.repr(v)?,
            Conversion::Ascii => Value::string(self.ascii(v)?),
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => String::new(),
        };
        if spec.is_empty() {
            if let Value::Str(_) = converted {
                return Ok(converted);
            }
            if matches!(
                converted,
                Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
            ) {
                return Ok(Value::Str(self.str(&converted)?));
            }
        }
        self.format(&converted, &spec)
    }

    /// `ascii(v)`: repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_str(v)?;
        Ok(ascii_escape(&r))
    }

    /// A stable identity number for `id()` and default reprs.
    pub fn id_of(&self, v: &Value) -> usize {
        match v.heap_ptr() {
            Some(p) => p,
            None => match v {
                Value::Int(i) => 0x7f00_0000_0000 + (*i as usize).wrapping_mul(32),
                Value::Bool(b) => 0x7f10_0000_0000 + *b as usize * 32,
                Value::Float(f) => f.to_bits() as usize,
                _ => 0x7f20_0000_0000,
            },
        }
    }

    /// `PrintExpr`: echo a REPL expression's value as CPython's `sys.displayhook` does:
    /// nothing for None; else `builtins._` is cleared, `repr(value)` and a newline go to
    /// `sys.stdout`, and the value is bound to `builtins._`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        self.builtins().set_str("_", Value::None);
        let text = self.repr_str(&v)?;
        self.write_stdout_value(&format!("{text}\n"))?;
        self.builtins().set_str("_", v);
        Ok(())
    }
}

/// Escapes non-ASCII characters like `ascii()`.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
