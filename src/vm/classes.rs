//! Classes at run time: `__build_class__`, calling a class (`__new__` + `__init__`), `type(name, bases, ns)`.

use super::frame::Frame;
use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Class, ClassCall, Layout, c3_mro};
use crate::objects::dict::PyDict;
use crate::objects::instance::Instance;
use std::rc::Rc;

impl Vm {
    /// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
    pub fn build_class(&mut self, args: &[Value], kw: Kw) -> PyResult<Value> {
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1))
        else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let bases = args[2..].to_vec();
        let meta = kw.get("metaclass").cloned();
        let ns = Rc::new(PyDict::new());
        let mut frame = Frame::new(body.code.clone(), body.globals.clone(), Some(ns.clone()));
        frame.cells.extend(body.closure.iter().cloned());
        self.run_nested(frame)?;
        let classcell = ns.remove_str("__classcell__");
        let (names, values): (Vec<Value>, Vec<Value>) = kw
            .names
            .iter()
            .zip(kw.values)
            .filter(|(n, _)| n.as_str().is_none_or(|s| s.as_str() != "metaclass"))
            .map(|(n, v)| (n.clone(), v.clone()))
            .unzip();
        let class_kw = Kw {
            names: &names,
            values: &values,
        };
        let class = match meta {
            Some(m) if !matches!(&m, Value::Class(c) if Rc::ptr_eq(c, &self.types().type_)) => {
                let bases_t = Value::tuple(bases);
                self.call(
                    &m,
                    &[Value::Str(name.clone()), bases_t, Value::Dict(ns)],
                    class_kw,
                )?
            }
            _ => self.new_class(name.as_str(), &bases, ns, class_kw)?,
        };
        if let Some(Value::Cell(cell)) = classcell {
            cell.set(class.clone());
        }
        Ok(class)
    }

    /// Creates a class from a name, bases and namespace (`type(name, bases, ns)`),
    /// then runs `__set_name__` of its attributes and the base's `__init_subclass__(**kw)`.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: &[Value],
        ns: Rc<PyDict>,
        kw: Kw,
    ) -> PyResult<Value> {
        let class = self.make_class(name, bases, ns)?;
        if let Value::Class(c) = &class {
            self.set_names(c)?;
            self.init_subclass(c, kw)?;
        }
        Ok(class)
    }

    /// Calls `__set_name__(owner, name)` of every attribute that defines it.
    fn set_names(&mut self, class: &Rc<Class>) -> PyResult<()> {
        for (key, value) in class.dict.items() {
            let Some(set_name) = self.class_of(&value).lookup("__set_name__") else {
                continue;
            };
            let owner = Value::Class(class.clone());
            if let Err(e) = self.call_bound(&set_name, &value, &[owner, key.clone()], Kw::EMPTY) {
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    self.type_name(&value),
                    self.repr_str(&key)?,
                    class.name()
                );
                let err = self.runtime_error(msg);
                if let Some(mut d) = super::errors::exc_data(&err.exc) {
                    d.cause = e.exc;
                    d.suppress_context = true;
                }
                return Err(err);
            }
        }
        Ok(())
    }

    /// `super(class, class).__init_subclass__(**kw)`: the hook of the first base defining it.
    fn init_subclass(&mut self, class: &Rc<Class>, kw: Kw) -> PyResult<()> {
        let mro = class.mro.borrow().clone();
        let Some(hook) = mro.iter().find_map(|c| c.dict.get_str("__init_subclass__")) else {
            return Ok(());
        };
        let hook = match hook.downcast::<crate::builtins::descriptors::ClassMethod>() {
            Some(cm) => cm.func.clone(),
            None => hook,
        };
        self.call_bound(&hook, &Value::Class(class.clone()), &[], kw)?;
        Ok(())
    }

    /// The class object itself: checks the bases, computes the MRO and prepares the namespace.
    fn make_class(&mut self, name: &str, bases: &[Value], ns: Rc<PyDict>) -> PyResult<Value> {
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )));
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types().object.clone());
        }
        self.check_bases(&base_classes)?;
        let Some(mro) = c3_mro(&base_classes) else {
            let names: Vec<String> = base_classes.iter().map(|b| b.name()).collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        let layout = if base_classes.iter().any(|b| b.layout == Layout::Exception) {
            Layout::Exception
        } else {
            Layout::Object
        };
        self.prepare_namespace(&ns);
        let class = Class::new(name, base_classes, ns.clone(), layout, false);
        if let Some(Value::Str(q)) = ns.get_str("__qualname__") {
            *class.qualname.borrow_mut() = q.as_str().to_owned();
            ns.remove_str("__qualname__");
        }
        class.set_mro(mro);
        Ok(Value::Class(Rc::new(class)))
    }

    /// Rejects bases that are not subclassable built-ins, and bases whose
    /// instances need different built-in layouts (`class X(int, str)`).
    fn check_bases(&self, bases: &[Rc<Class>]) -> PyResult<()> {
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|earlier| Rc::ptr_eq(earlier, b)) {
                return Err(self.type_error(format!("duplicate base class {}", b.name())));
            }
        }
        for b in bases {
            if !super::subclass::is_subclassable(b) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
        }
        let mut solid: Option<Rc<Class>> = None;
        for b in bases {
            let layout = b.builtin_base().or_else(|| {
                (b.layout == Layout::Exception).then(|| self.types().base_exception.clone())
            });
            match (&solid, layout) {
                (Some(s), Some(l)) if !s.is_subclass(&l) && !l.is_subclass(s) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                (Some(s), Some(l)) if l.is_subclass(s) => solid = Some(l),
                (None, l) => solid = l,
                _ => {}
            }
        }
        Ok(())
    }

    /// CPython's adjustments of a class namespace: `__new__` is static, `__eq__` without `__hash__` unhashes.
    fn prepare_namespace(&mut self, ns: &Rc<PyDict>) {
        if let Some(f @ Value::Function(_)) = ns.get_str("__new__") {
            ns.set_str(
                "__new__",
                Value::native(crate::builtins::descriptors::StaticMethod { func: f }),
            );
        }
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = ns.get_str(special) {
                ns.set_str(
                    special,
                    Value::native(crate::builtins::descriptors::ClassMethod { func: f }),
                );
            }
        }
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_str("__hash__", Value::None);
        }
        if ns.get_str("__doc__").is_none() {
            ns.set_str("__doc__", Value::None);
        }
    }

    /// Calling a class: `type(x)`, or `__new__` then `__init__` (a user class
    /// counts one recursion level, like CPython's generic call of a type).
    pub fn call_class(&mut self, cls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types().type_) {
            return self.call_type(args, kw);
        }
        if !cls.builtin {
            return self.nested(super::call::CALLING, |vm| vm.instantiate(cls, args, kw));
        }
        self.instantiate(cls, args, kw)
    }

    /// `__new__` then `__init__`.
    fn instantiate(&mut self, cls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
        let new = cls.lookup("__new__");
        let obj = match &new {
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == Some("object") => {
                self.check_object_new_args(cls, args, kw)?;
                self.new_instance(cls)
            }
            Some(f) => {
                let f = match f.downcast::<crate::builtins::descriptors::StaticMethod>() {
                    Some(s) => s.func.clone(),
                    None => f.clone(),
                };
                self.call_slot(&f, &Value::Class(cls.clone()), args, kw)?
            }
            None => self.new_instance(cls),
        };
        let builtin_type = cls.builtin && cls.layout == Layout::Builtin;
        if builtin_type || !self.class_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        self.run_init(cls, &obj, args, kw)?;
        Ok(obj)
    }

    /// For a call of a plain user class (`object.__new__`, a Python `__init__`):
    /// the new instance's `__init__` frame, for the eval loop to run without
    /// Rust recursion (see `Frame::init_instance`). `None`: call it the general way.
    pub fn init_frame(
        &mut self,
        cls: &Rc<Class>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Option<Box<super::frame::Frame>>> {
        let Some(init) = self.plain_init(cls) else {
            return Ok(None);
        };
        let obj = self.new_instance(cls);
        let mut frame = self.bind_args(&init, Some(&obj), args, kw)?;
        frame.init_instance = Some(obj);
        Ok(Some(frame))
    }

    /// The Python `__init__` of a plain user class: one with no metaclass whose
    /// `__new__` is `object.__new__`, so a call only makes an instance and runs
    /// `__init__` (not a generator) on it. `None` for any other class.
    pub fn plain_init(
        &mut self,
        cls: &Rc<Class>,
    ) -> Option<Rc<crate::objects::function::Function>> {
        match self.class_call(cls) {
            ClassCall::PlainInit(init) => Some(init),
            _ => None,
        }
    }

    /// What calling `cls` does, through the class's cache.
    pub fn class_call(&mut self, cls: &Rc<Class>) -> ClassCall {
        let epoch = cls.epoch();
        if let Some((seen, call)) = &*cls.call_cache.borrow()
            && *seen == epoch
        {
            return call.clone();
        }
        let call = self.find_class_call(cls);
        *cls.call_cache.borrow_mut() = Some((epoch, call.clone()));
        call
    }

    /// Works out [`Vm::class_call`] from the class's `__new__` and `__init__`.
    fn find_class_call(&mut self, cls: &Rc<Class>) -> ClassCall {
        if cls.metaclass.borrow().is_some() || Rc::ptr_eq(cls, &self.types().type_) {
            return ClassCall::General;
        }
        let new = cls.lookup("__new__");
        let object_new = matches!(&new,
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == Some("object"));
        if cls.builtin {
            return match new {
                Some(Value::Builtin(new)) if !object_new && cls.layout == Layout::Builtin => {
                    ClassCall::BuiltinNew(new)
                }
                _ => ClassCall::General,
            };
        }
        match cls.lookup("__init__") {
            Some(Value::Function(f)) if object_new && !f.code.code.flags.generator => {
                ClassCall::PlainInit(f)
            }
            _ => ClassCall::General,
        }
    }

    /// The value of a class call whose `__init__` frame returned `result`.
    pub fn finish_init(&mut self, instance: Value, result: Value) -> PyResult<Value> {
        if !result.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&result)
            )));
        }
        Ok(instance)
    }

    /// Runs `__init__` unless it is `object.__init__` (then checks the arguments).
    fn run_init(&mut self, cls: &Rc<Class>, obj: &Value, args: &[Value], kw: Kw) -> PyResult<()> {
        let Some(init) = self.class_of(obj).lookup("__init__") else {
            return Ok(());
        };
        if let Value::Builtin(b) = &init
            && b.owner == Some("object")
        {
            let new_overridden = !matches!(cls.lookup("__new__"), Some(Value::Builtin(nb)) if nb.owner == Some("object"));
            if (!args.is_empty() || !kw.is_empty()) && !new_overridden {
                return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
            }
            return Ok(());
        }
        let r = self.call_slot(&init, obj, args, kw)?;
        if !r.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            )));
        }
        Ok(())
    }

    fn check_object_new_args(&mut self, cls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<()> {
        if args.is_empty() && kw.is_empty() {
            return Ok(());
        }
        let init_overridden =
            !matches!(cls.lookup("__init__"), Some(Value::Builtin(b)) if b.owner == Some("object"));
        if !init_overridden {
            return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
        }
        Ok(())
    }

    /// A fresh instance of a user class (exception state included when needed).
    pub fn new_instance(&mut self, cls: &Rc<Class>) -> Value {
        Value::Instance(Rc::new(Instance::new(
            cls.clone(),
            cls.layout == Layout::Exception,
        )))
    }

    /// `type(obj)` or `type(name, bases, dict)`.
    fn call_type(&mut self, args: &[Value], kw: Kw) -> PyResult<Value> {
        match args {
            [obj] if kw.is_empty() => Ok(Value::Class(self.class_of(obj))),
            [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
                let ns2 = Rc::new(PyDict::new());
                for (k, v) in ns.items() {
                    self.dict_set(&ns2, k, v)?;
                }
                if ns2.get_str("__module__").is_none() {
                    ns2.set_str("__module__", Value::str("__main__"));
                }
                self.new_class(name.as_str(), bases.as_slice(), ns2, kw)
            }
            [name, bases, ns] => {
                let (pos, want, got) = match (name, bases) {
                    (Value::Str(_), Value::Tuple(_)) => (3, "dict", ns),
                    (Value::Str(_), _) => (2, "tuple", bases),
                    _ => (1, "str", name),
                };
                Err(self.type_error(format!(
                    "type.__new__() argument {pos} must be {want}, not {}",
                    self.type_name(got)
                )))
            }
            _ => Err(self.type_error("type() takes 1 or 3 arguments")),
        }
    }
}
