//! Subclasses of built-in types: `class D(dict)`, `class P(tuple)`, `class S(str)` ...
//!
//! # Design
//!
//! A value of a built-in type is a `Value` variant (`Value::Dict`, `Value::Str`
//! ...) with no room for a class pointer or a `__dict__`. An instance of a user
//! subclass of such a type is therefore a `Value::Instance` whose
//! [`Instance::base`] slot holds the built-in value it extends: `D(a=1)` is an
//! `Instance { class: D, base: Some(Value::Dict({'a': 1})) }`. Everything a
//! built-in type does is then done by its base value, and everything a user
//! class overrides is done by the override:
//!
//! - **Construction.** The built-in `T.__new__(cls, ...)` functions start with
//!   [`Vm::new_subclass_instance`]: for a strict subclass `cls` it builds the
//!   base value (from the arguments for immutable types; empty for the
//!   mutable ones, whose `T.__init__` fills it) and wraps it. Calling a
//!   built-in type itself never runs `__init__` (its `__new__` does all the
//!   work); calling a subclass does, so `super().__init__(...)` and user
//!   `__init__` signatures behave as in CPython.
//! - **Built-in methods.** A method of a built-in type called with such an
//!   instance as `self` receives the base value instead ([`Vm::call`] routes
//!   it through [`Vm::call_builtin_on_base`]); a method that returns its `self`
//!   (`__iadd__`, `__ior__`) returns the instance again.
//! - **Protocols.** `len`, iteration, subscripts, `in`, hashing, truth,
//!   comparison, arithmetic, `repr`/`str`/`format` first ask
//!   [`Vm::inherited_base`]: when no user class in the MRO overrides the dunder
//!   before the built-in type ([`Class::user_override`]), the protocol runs on
//!   the base value. Otherwise the override is called as for any instance.
//! - **Arguments.** Native code that accepts "a str", "an int", "a tuple"
//!   reads the value of a subclass instance through [`base_value`], as
//!   CPython's C code reads it directly (`PyUnicode_Check`, `PyLong_Check`).
//!   Methods of str, bytes, int and float get such arguments as their values
//!   wholesale ([`Vm::value_arguments`]), except those that take arbitrary
//!   objects (constructors, `format`, `%`), which must see the overrides.
//!
//! Instances of these classes also have a `__dict__`, like CPython's.

use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::objects::instance::Instance;
use std::rc::Rc;

/// Built-in types user classes may derive from.
const SUBCLASSABLE: &[&str] = &[
    "object",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "deque",
];

/// Mutable built-in types: `__new__` makes them empty and `__init__` fills them.
const FILLED_BY_INIT: &[&str] = &["list", "dict", "set", "deque"];

/// Built-in types whose methods only read the values of their arguments, so
/// an argument extending a built-in value is passed as that value (as CPython's
/// C code reads a str or int subclass directly).
const VALUE_READERS: &[&str] = &["str", "bytes", "bytearray", "int", "float", "bool"];

/// Their methods that take arbitrary objects (constructors, formatting) and
/// so must see the instances with their overrides.
const TAKE_OBJECTS: &[&str] = &[
    "__new__",
    "__init__",
    "format",
    "format_map",
    "__mod__",
    "__rmod__",
];

/// True when user classes may derive from the built-in class `c`.
pub fn is_subclassable(c: &Class) -> bool {
    !c.builtin || c.layout != crate::objects::class::Layout::Builtin || {
        let name = c.name.borrow();
        SUBCLASSABLE.contains(&name.as_str())
    }
}

/// True for an instance of a class that extends a built-in type (it carries a base value).
#[inline]
pub fn extends_builtin(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.base.is_some())
}

/// The built-in value an instance of a subclass of a built-in type extends,
/// or the value itself: what native code reads when it needs "a str", "a tuple" ...
pub fn base_value(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.base.as_ref().unwrap_or(v),
        _ => v,
    }
}

impl Vm {
    /// Start of every built-in `T.__new__(cls, *args, **kw)` (`construct`):
    /// when `cls` is a strict subclass of `ty`, builds the instance of `cls`
    /// extending a value of `ty`; `None` when `cls` is `ty` itself.
    pub fn new_subclass_instance(
        &mut self,
        args: &[Value],
        kw: Kw,
        ty: &Rc<Class>,
        construct: NativeFn,
    ) -> PyResult<Option<Value>> {
        let cls = match args.first() {
            Some(Value::Class(cls)) => cls,
            Some(other) => {
                return Err(self.type_error(format!(
                    "{}.__new__(X): X is not a type object ({})",
                    ty.name(),
                    self.type_name(other)
                )));
            }
            None => {
                let t = ty.name();
                return Err(self.type_error(format!("{t}.__new__(): not enough arguments")));
            }
        };
        if Rc::ptr_eq(cls, ty) {
            return Ok(None);
        }
        if !cls.is_subclass(ty) {
            let (t, c) = (ty.name(), cls.name());
            return Err(self.type_error(format!("{t}.__new__({c}): {c} is not a subtype of {t}")));
        }
        let base = if FILLED_BY_INIT.contains(&ty.name().as_str()) {
            construct(self, &[Value::Class(ty.clone())], Kw::EMPTY)?
        } else {
            let mut base_args = args.to_vec();
            base_args[0] = Value::Class(ty.clone());
            construct(self, &base_args, kw)?
        };
        let inst = Instance::with_base(cls.clone(), base);
        Ok(Some(Value::Instance(Rc::new(inst))))
    }

    /// The base value of `v` when `v` extends a built-in value and no user
    /// class overrides `dunder`: the protocol then runs on that value.
    pub fn inherited_base(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Instance(i) = v else {
            return None;
        };
        let base = i.base.as_ref()?;
        match i.class().user_override(dunder) {
            Some(_) => None,
            None => Some(base.clone()),
        }
    }

    /// Calls the built-in method `b` whose `self` (`args[0]`) is an instance
    /// extending a built-in value: a method of that value's type gets the
    /// value; one returning that value returns the instance.
    pub fn call_builtin_on_base(
        &mut self,
        b: &BuiltinFunction,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        let (Some(owner), Some(Value::Instance(inst))) = (b.owner, args.first()) else {
            return (b.func)(self, args, kw);
        };
        let Some(base) = inst.base.clone() else {
            return (b.func)(self, args, kw);
        };
        if owner == "object" || !inst.class().has_builtin_ancestor(owner) {
            return (b.func)(self, args, kw);
        }
        let mut on_base = args.to_vec();
        on_base[0] = base.clone();
        let result = (b.func)(self, &on_base, kw)?;
        Ok(if result.is(&base) {
            args[0].clone()
        } else {
            result
        })
    }

    /// The arguments a built-in method `b` receives: for methods that only read
    /// values (see `VALUE_READERS`), instances extending a built-in value are
    /// replaced by that value; `None` when nothing changes.
    pub fn value_arguments(&self, b: &BuiltinFunction, args: &[Value]) -> Option<Vec<Value>> {
        // The argument scan is cheaper than the name checks, and usually fails.
        if !args.iter().skip(1).any(extends_builtin) {
            return None;
        }
        let owner = b.owner?;
        if !VALUE_READERS.contains(&owner) || TAKE_OBJECTS.contains(&b.name) {
            return None;
        }
        let mut plain = args.to_vec();
        for a in plain.iter_mut().skip(1) {
            if extends_builtin(a) {
                *a = base_value(a).clone();
            }
        }
        Some(plain)
    }

    /// The TypeError of `object.__new__(cls)` for a class that extends a built-in type.
    /// CPython names the first class along the `__base__` chain that does not
    /// define `__new__` in Python.
    pub fn check_plain_object_new(&self, cls: &Rc<Class>) -> PyResult<()> {
        if cls.builtin || cls.builtin_base().is_none() {
            return Ok(());
        }
        let mut safe = cls.clone();
        while !safe.builtin && safe.dict.get_str("__new__").is_some() {
            let next = safe.bases.borrow().first().cloned();
            match next {
                Some(b) => safe = b,
                None => break,
            }
        }
        Err(self.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            safe.name()
        )))
    }
}
