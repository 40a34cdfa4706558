//! Cached fast paths of `LoadAttr`, `StoreAttr` and `LoadMethod` for instances of user classes, modules and built-in values.
//!
//! Each path answers only when the per-code `attr_cache` settles the lookup
//! without running Python code; otherwise it declines and the instruction
//! takes the full protocol in `attr.rs`. The answers are the ones
//! `generic_getattr` / `generic_setattr` / `load_method` would give: with no
//! data descriptor on the class, the instance dict comes first, then the
//! class attribute (bound when it is a function).

use super::Vm;
use crate::objects::Value;
use crate::objects::attr_cache::{self, ClassAttr};
use crate::objects::class::Class;
use crate::objects::code::PyCode;
use crate::objects::function::BoundMethod;
use crate::objects::instance::Instance;
use std::rc::Rc;

/// What the class of `inst` holds for name `i` of `code`, for a read: `None`
/// when the class overrides `__getattribute__` or the cache declines.
#[inline(always)]
fn instance_class_attr(code: &PyCode, i: u32, inst: &Instance) -> Option<ClassAttr> {
    // SAFETY: the reference dies when this function returns, and nothing it
    // runs (cache lookups, MRO walks over dict keys) can assign `__class__`,
    // the only mutable borrow.
    let class = unsafe { inst.class.try_borrow_unguarded() }.ok()?;
    let epoch = class.epoch();
    if class.hooks_at(epoch).getattribute {
        return None;
    }
    attr_cache::class_attr(code, i, class, epoch)
}

/// `obj.names[i]` when the cache settles it.
#[inline(always)]
pub(crate) fn load_attr(vm: &mut Vm, code: &PyCode, i: u32, obj: &Value) -> Option<Value> {
    match obj {
        Value::Instance(inst) => match instance_class_attr(code, i, inst)? {
            ClassAttr::Absent => attr_cache::dict_get(code, i, &inst.dict),
            ClassAttr::Plain(v) => Some(attr_cache::dict_get(code, i, &inst.dict).unwrap_or(v)),
            ClassAttr::Method(f) => Some(attr_cache::dict_get(code, i, &inst.dict).unwrap_or_else(
                || {
                    Value::BoundMethod(Rc::new(BoundMethod {
                        func: f,
                        receiver: obj.clone(),
                    }))
                },
            )),
        },
        Value::Module(m) => attr_cache::dict_get(code, i, &m.dict),
        Value::Native(_) => load_native_attr(vm, code, i, obj),
        _ => None,
    }
}

/// `obj.names[i]` for a native object, when the cache finds a method on its
/// class (bound to `obj`) and the object has no data attribute of that name.
#[inline(never)]
fn load_native_attr(vm: &mut Vm, code: &PyCode, i: u32, obj: &Value) -> Option<Value> {
    let f = native_method(vm, code, i, obj)?;
    Some(Value::BoundMethod(Rc::new(BoundMethod {
        func: f,
        receiver: obj.clone(),
    })))
}

/// `obj.names[i] = value` when the cache settles it; gives `value` back otherwise.
#[inline]
pub(crate) fn store_attr(code: &PyCode, i: u32, obj: &Value, value: Value) -> Result<(), Value> {
    match obj {
        Value::Instance(inst) if inst.exc.is_none() => {
            let class = inst.class.borrow();
            let epoch = class.epoch();
            if class.builtin || class.hooks_at(epoch).setattr {
                return Err(value);
            }
            // Only a data descriptor on the class could take the assignment,
            // and those are never `ClassAttr`s.
            if attr_cache::class_attr(code, i, &class, epoch).is_none() {
                return Err(value);
            }
            drop(class);
            attr_cache::dict_set(code, i, &inst.dict, value);
            Ok(())
        }
        Value::Module(m) => {
            attr_cache::dict_set(code, i, &m.dict, value);
            Ok(())
        }
        _ => Err(value),
    }
}

/// What `LoadMethod` pushes, when the cache settles it.
pub(crate) enum Method {
    /// A method of the receiver's class: `(method, receiver)`.
    Unbound(Value),
    /// Any other attribute value: `(value, Null)`.
    Value(Value),
}

/// `LoadMethod` of name `i` on `obj` when the cache settles it.
#[inline(always)]
pub(crate) fn load_method(vm: &mut Vm, code: &PyCode, i: u32, obj: &Value) -> Option<Method> {
    match obj {
        Value::Instance(inst) => {
            let own = || attr_cache::dict_get(code, i, &inst.dict);
            Some(match instance_class_attr(code, i, inst)? {
                ClassAttr::Method(f) => own().map_or(Method::Unbound(f), Method::Value),
                ClassAttr::Plain(v) => Method::Value(own().unwrap_or(v)),
                ClassAttr::Absent => Method::Value(own()?),
            })
        }
        Value::Native(_) => native_method(vm, code, i, obj).map(Method::Unbound),
        _ => type_method(code, i, builtin_class(vm, obj)?).map(Method::Unbound),
    }
}

/// The method `class` (a built-in or native type) holds for name `i`.
#[inline]
fn type_method(code: &PyCode, i: u32, class: &Rc<Class>) -> Option<Value> {
    match attr_cache::type_attr(code, i, class, class.epoch())? {
        ClassAttr::Method(f) => Some(f),
        _ => None,
    }
}

/// The method a native object's class holds for name `i`, unless the object
/// has a data attribute of that name, which comes first (see `Vm::load_method`).
#[inline]
fn native_method(vm: &mut Vm, code: &PyCode, i: u32, obj: &Value) -> Option<Value> {
    let Value::Native(n) = obj else {
        return None;
    };
    let f = type_method(code, i, &n.class(vm))?;
    if n.get_attr(vm, code.name(i).as_str()).is_some() {
        return None;
    }
    Some(f)
}

/// The class of a value of a built-in type that has no per-object attributes.
#[inline]
fn builtin_class<'a>(vm: &'a Vm, obj: &Value) -> Option<&'a Rc<Class>> {
    let t = vm.types();
    Some(match obj {
        Value::Str(_) => &t.str_,
        Value::List(_) => &t.list,
        Value::Dict(_) => &t.dict,
        Value::Tuple(_) => &t.tuple,
        Value::Set(_) => &t.set,
        Value::FrozenSet(_) => &t.frozenset,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Bytes(_) => &t.bytes,
        Value::ByteArray(_) => &t.bytearray,
        _ => return None,
    })
}
