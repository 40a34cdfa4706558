//! Struct sequences: tuple-like records with named fields (`sys.version_info`, `time.struct_time`).
//!
//! A [`StructSeq`] indexes, iterates and compares like the tuple of its visible
//! fields, exposes every field as an attribute, and reprs as
//! `name(field=value, ...)`.

use crate::builtins::setup::add_methods;
use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::native::NativeObject;
use crate::vm::types::make_class;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// A record with named fields that behaves like a tuple of its first `visible` fields.
pub struct StructSeq {
    /// The record's class.
    pub class: Rc<Class>,
    /// Dotted name used by `repr` (`time.struct_time`).
    pub repr_name: &'static str,
    /// Every field name, visible ones first.
    pub fields: &'static [&'static str],
    /// Field values, one per name.
    pub values: Vec<Value>,
    /// How many fields take part in indexing, `len` and comparison.
    pub visible: usize,
}

impl StructSeq {
    /// The visible fields as a tuple value.
    pub fn as_tuple(&self) -> Value {
        Value::tuple(self.values[..self.visible.min(self.values.len())].to_vec())
    }
}

impl NativeObject for StructSeq {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let i = self.fields.iter().position(|f| *f == name)?;
        Some(Ok(self.values.get(i).cloned().unwrap_or(Value::None)))
    }
}

/// Makes a struct-sequence class named `name` (in `module`) with its tuple-like methods.
pub fn struct_class(vm: &Vm, name: &str, module: &str) -> Rc<Class> {
    let class = make_class(name, Some(&vm.types().object), Layout::Builtin);
    class.set_native_module(module);
    add_methods(
        &class,
        "structseq",
        &[
            ("__repr__", seq_repr),
            ("__getitem__", seq_getitem),
            ("__len__", seq_len),
            ("__iter__", seq_iter),
            ("__hash__", seq_hash),
            ("__eq__", seq_eq),
            ("__ne__", seq_ne),
            ("__lt__", seq_lt),
            ("__le__", seq_le),
            ("__gt__", seq_gt),
            ("__ge__", seq_ge),
        ],
    );
    class
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a StructSeq> {
    args.first()
        .and_then(|v| v.downcast::<StructSeq>())
        .ok_or_else(|| vm.type_error("descriptor requires a struct sequence object"))
}

fn seq_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    let mut parts = Vec::new();
    for (name, v) in s.fields.iter().zip(&s.values).take(s.visible) {
        parts.push(format!("{name}={}", vm.repr_str(v)?));
    }
    Ok(Value::string(format!(
        "{}({})",
        s.repr_name,
        parts.join(", ")
    )))
}

fn seq_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = this(vm, args)?.as_tuple();
    let i = args.get(1).cloned().unwrap_or(Value::None);
    vm.getitem(&t, &i)
}

fn seq_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Int(s.visible as i64))
}

fn seq_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = this(vm, args)?.as_tuple();
    vm.iter(&t)
}

fn seq_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = this(vm, args)?.as_tuple();
    Ok(Value::Int(vm.hash(&t)?))
}

fn compare(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let a = this(vm, args)?.as_tuple();
    let b = match args.get(1) {
        Some(Value::Tuple(_)) => args[1].clone(),
        Some(other) => match other.downcast::<StructSeq>() {
            Some(s) => s.as_tuple(),
            None => return Ok(Value::NotImplemented),
        },
        None => return Ok(Value::NotImplemented),
    };
    vm.compare(&a, &b, op)
}

fn seq_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Eq)
}

fn seq_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ne)
}

fn seq_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Lt)
}

fn seq_le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Le)
}

fn seq_gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Gt)
}

fn seq_ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ge)
}
