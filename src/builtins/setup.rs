//! Installing the built-in namespace and the methods of the built-in classes.

use super::{
    constructors as c, descriptors as d, functions as f, iterators as it, object_methods as o,
    range as r, slice as s,
};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::Vm;
use std::rc::Rc;

/// A built-in function value.
pub fn function(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        owner: None,
        doc: None,
    }))
}

/// Adds methods to a class (each receives `self` as its first argument).
pub fn add_methods(class: &Rc<Class>, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for &(name, func) in methods {
        let m = Value::Builtin(Rc::new(BuiltinFunction {
            name,
            func,
            owner: Some(owner),
            doc: None,
        }));
        class.dict.set_str(name, m);
    }
}

/// Adds a static constructor `__new__` (receives the class first).
pub fn add_new(class: &Rc<Class>, owner: &'static str, func: NativeFn) {
    let b = Value::Builtin(Rc::new(BuiltinFunction {
        name: "__new__",
        func,
        owner: Some(owner),
        doc: None,
    }));
    class.dict.set_str(
        "__new__",
        Value::native(super::descriptors::StaticMethod { func: b }),
    );
}

/// Fills the builtins module and the built-in classes of a new interpreter.
pub fn install(vm: &mut Vm) {
    install_object(vm);
    install_constructors(vm);
    install_iterators(vm);
    install_exceptions(vm);
    install_functions(vm);
    super::numeric_functions::register(vm);
    install_classes_as_names(vm);
    crate::vm::generator::register(vm);
    super::file::register(vm);
    super::register_type_methods(vm);
    super::introspection::register(vm);
    super::help::register(vm);
    super::mappingproxy::register(vm);
    super::type_docs::register(vm);
    super::scalar_repr::register(vm);
    crate::vm::frame_object::register(vm);
    let builtins = Value::Module(vm.interp.builtins.clone());
    vm.interp.modules.set_str("builtins", builtins);
}

fn install_object(vm: &mut Vm) {
    let t = vm.types();
    add_methods(
        &t.object,
        "object",
        &[
            ("__init__", c::object_init),
            ("__repr__", o::object_repr),
            ("__str__", o::object_str),
            ("__eq__", o::object_eq),
            ("__ne__", o::object_ne),
            ("__hash__", o::object_hash),
            ("__getattribute__", o::object_getattribute),
            ("__setattr__", o::object_setattr),
            ("__delattr__", o::object_delattr),
            ("__format__", o::object_format),
            ("__dir__", o::object_dir),
        ],
    );
    let n = Value::Builtin(Rc::new(BuiltinFunction {
        name: "__new__",
        func: c::object_new,
        owner: Some("object"),
        doc: None,
    }));
    t.object.dict.set_str("__new__", n);
    add_methods(&t.type_, "type", &[("mro", o::type_mro)]);
    let isc = Value::Builtin(Rc::new(BuiltinFunction {
        name: "__init_subclass__",
        func: o::object_init_subclass,
        owner: None,
        doc: None,
    }));
    t.object.dict.set_str(
        "__init_subclass__",
        Value::native(d::ClassMethod { func: isc }),
    );
}

fn install_constructors(vm: &mut Vm) {
    let t = vm.types();
    let news: [(&Rc<Class>, &'static str, NativeFn); 16] = [
        (&t.int, "int", c::int_new),
        (&t.float, "float", c::float_new),
        (&t.str_, "str", c::str_new),
        (&t.bool_, "bool", c::bool_new),
        (&t.none, "NoneType", c::none_new),
        (&t.list, "list", c::list_new),
        (&t.tuple, "tuple", c::tuple_new),
        (&t.dict, "dict", c::dict_new),
        (&t.range, "range", r::range_new),
        (&t.slice, "slice", s::slice_new),
        (&t.property, "property", d::property_new),
        (&t.staticmethod, "staticmethod", d::staticmethod_new),
        (&t.classmethod, "classmethod", d::classmethod_new),
        (&t.super_, "super", super::super_object::super_new),
        (&t.type_, "type", c::type_new),
        (&t.base_exception, "BaseException", o::exception_new),
    ];
    for (class, owner, func) in news {
        add_new(class, owner, func);
    }
    add_methods(
        &t.property,
        "property",
        &[
            ("getter", d::property_getter),
            ("setter", d::property_setter),
            ("deleter", d::property_deleter),
            ("__get__", d::property_dunder_get),
            ("__set_name__", d::property_set_name),
        ],
    );
    super::range_methods::register(vm);
    s::register(vm);
    add_methods(
        &vm.types().super_.clone(),
        "super",
        &[("__repr__", super::super_object::super_repr)],
    );
}

fn install_iterators(vm: &mut Vm) {
    let t = vm.types();
    let mut classes: Vec<Rc<Class>> = t
        .misc
        .iter()
        .filter(|(k, _)| {
            k.contains("iterator") || ["enumerate", "zip", "map", "filter", "reversed"].contains(k)
        })
        .map(|(_, v)| v.clone())
        .collect();
    classes.push(t.generator.clone());
    for class in &classes {
        add_methods(
            class,
            "iterator",
            &[("__iter__", o::iter_self), ("__next__", o::iter_next)],
        );
    }
    let news: [(&'static str, NativeFn); 5] = [
        ("enumerate", it::enumerate),
        ("zip", it::zip),
        ("map", it::map),
        ("filter", it::filter),
        ("reversed", it::reversed),
    ];
    for (name, func) in news {
        add_new(&t.misc(name), name, func);
    }
}

fn install_exceptions(vm: &mut Vm) {
    let t = vm.types();
    add_methods(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", o::exception_init),
            ("__str__", o::exception_str),
            ("__repr__", o::exception_repr),
            ("with_traceback", o::exception_with_traceback),
        ],
    );
    super::exception_group::register(vm);
}

fn install_functions(vm: &mut Vm) {
    let fns: [(&'static str, NativeFn); 28] = [
        ("print", f::print),
        ("len", f::len),
        ("repr", f::repr),
        ("ascii", f::ascii),
        ("isinstance", f::isinstance),
        ("issubclass", f::issubclass),
        ("getattr", f::getattr),
        ("setattr", f::setattr),
        ("hasattr", f::hasattr),
        ("delattr", f::delattr),
        ("id", f::id),
        ("hash", f::hash),
        ("callable", f::callable),
        ("iter", f::iter),
        ("next", f::next),
        ("__build_class__", f::build_class),
        ("__import__", f::import),
        ("input", f::input),
        ("exit", f::exit),
        ("quit", f::exit),
        ("abs", f::abs),
        ("sorted", f::sorted),
        ("min", f::min),
        ("max", f::max),
        ("sum", f::sum),
        ("any", f::any),
        ("all", f::all),
        ("format", f::format),
    ];
    let b = vm.builtins().clone();
    for (name, func) in fns {
        b.set_str(name, function(name, func));
    }
    b.set_str("__debug__", Value::Bool(true));
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
}

fn install_classes_as_names(vm: &mut Vm) {
    let t = vm.types();
    let b = vm.builtins().clone();
    for class in [
        &t.object,
        &t.type_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bool_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
        &t.bytes,
        &t.bytearray,
        &t.complex,
    ] {
        b.set_str(&class.name(), Value::Class(class.clone()));
    }
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        b.set_str(name, Value::Class(t.misc(name)));
    }
    for (name, class) in &t.exceptions {
        b.set_str(name, Value::Class(class.clone()));
    }
    b.set_str("EnvironmentError", Value::Class(t.exc("OSError")));
    b.set_str("IOError", Value::Class(t.exc("OSError")));
}
