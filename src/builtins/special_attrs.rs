//! Attributes every object kind exposes without a dict entry: `__class__`, `__name__`, `__dict__`, `args` ...

use crate::objects::Value;
use crate::objects::function::Function;
use crate::vm::errors::exc_data;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Special attributes by object kind; `None` when `name` is not one of them.
    pub fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Class(self.class_of(obj))));
        }
        Ok(match obj {
            Value::Class(c) => self.class_special(c, name),
            Value::Function(f) => function_special(f, name),
            Value::Builtin(b) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(match b.owner {
                    Some(owner) => Value::string(format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                }),
                "__doc__" => Some(b.doc.map_or(Value::None, Value::str)),
                "__module__" => Some(if b.owner.is_some() {
                    Value::None
                } else {
                    Value::str("builtins")
                }),
                "__self__" => Some(Value::None),
                _ => None,
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    return self.getattr_opt(&f, name);
                }
            },
            Value::Instance(i) if i.exc.is_some() => self.exception_special(obj, name),
            Value::Instance(i) if name == "__dict__" => Some(Value::Dict(i.dict.clone())),
            Value::Module(m) if name == "__dict__" => Some(Value::Dict(m.dict.clone())),
            Value::Code(c) => super::code_attrs::code_attr(&c.code, name),
            Value::Cell(c) if name == "cell_contents" => Some(self.cell_contents(c)?),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            _ => None,
        })
    }

    fn class_special(
        &mut self,
        c: &std::rc::Rc<crate::objects::class::Class>,
        name: &str,
    ) -> Option<Value> {
        Some(match name {
            "__name__" => Value::str(&c.name()),
            "__qualname__" => Value::str(&c.qualname.borrow()),
            "__dict__" => Value::native(super::mappingproxy::MappingProxy {
                dict: c.dict.clone(),
            }),
            "__mro__" => Value::tuple(c.full_mro().into_iter().map(Value::Class).collect()),
            "__bases__" => {
                Value::tuple(c.bases.borrow().iter().cloned().map(Value::Class).collect())
            }
            "__base__" => c
                .bases
                .borrow()
                .first()
                .cloned()
                .map_or(Value::None, Value::Class),
            "__module__" => c
                .dict
                .get_str("__module__")
                .unwrap_or_else(|| Value::str("builtins")),
            "__doc__" => c.dict.get_str("__doc__").unwrap_or(Value::None),
            _ => return None,
        })
    }

    fn exception_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let d = exc_data(obj)?;
        let v = match name {
            "args" => d.args.clone(),
            "message" if d.group.is_some() => d.group.as_ref().map(|g| g.0.clone())?,
            "exceptions" if d.group.is_some() => d.group.as_ref().map(|g| g.1.clone())?,
            "__cause__" => d.cause.clone(),
            "__context__" => d.context.clone(),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => {
                drop(d);
                return Some(self.traceback_object(obj));
            }
            "__dict__" => {
                drop(d);
                return obj.instance().map(|i| Value::Dict(i.dict.clone()));
            }
            _ => {
                drop(d);
                return self.exception_derived_attr(obj, name);
            }
        };
        Some(v)
    }

    /// Attributes some exception classes derive from their args when not set explicitly.
    fn exception_derived_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let class = self.class_of(obj);
        let args = crate::vm::errors::exc_args(obj);
        let is = |vm: &Vm, n: &str| class.is_subclass(&vm.types().exc(n));
        match name {
            "value" if is(self, "StopIteration") => {
                Some(args.first().cloned().unwrap_or(Value::None))
            }
            "code" if is(self, "SystemExit") => Some(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            }),
            "name" | "path" if is(self, "ImportError") => Some(Value::None),
            "msg" if is(self, "ImportError") => Some(args.first().cloned().unwrap_or(Value::None)),
            "name" if is(self, "NameError") => Some(Value::None),
            "name" | "obj" if is(self, "AttributeError") => Some(Value::None),
            _ => None,
        }
    }
}

fn function_special(f: &Function, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => f.name.borrow().clone(),
        "__qualname__" => f.qualname.borrow().clone(),
        "__doc__" => match f.dict.get_str("__doc__") {
            Some(v) => v,
            None => f
                .code
                .code
                .docstring
                .as_deref()
                .map_or(Value::None, Value::str),
        },
        "__module__" => f.dict.get_str("__module__").unwrap_or(Value::None),
        "__defaults__" => {
            let d = f.defaults.borrow();
            if d.is_empty() {
                Value::None
            } else {
                Value::tuple(d.clone())
            }
        }
        "__kwdefaults__" => f
            .kwdefaults
            .borrow()
            .clone()
            .map_or(Value::None, Value::Dict),
        "__dict__" => Value::Dict(f.dict.clone()),
        "__globals__" => Value::Dict(f.globals.clone()),
        "__code__" => Value::Code(f.code.clone()),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
            }
        }
        "__annotations__" => match f.dict.get_str("__annotations__") {
            Some(v) => v,
            None => {
                let d = Value::Dict(std::rc::Rc::new(crate::objects::dict::PyDict::new()));
                f.dict.set_str("__annotations__", d.clone());
                d
            }
        },
        _ => return f.dict.get_str(name),
    })
}
