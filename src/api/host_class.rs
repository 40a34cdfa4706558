//! Rust types exposed to Python as classes: `HostClass` (constructor, methods, read-only
//! attributes) and `HostRef`, the shared handle to a Rust value living in a Python object.

use super::convert::{FromPython, ToPython, wrong_type};
use super::error::{HostError, RunError};
use super::host_fn::{HostCallable, IntoHostFunction, host_function, host_function_from};
use super::object::PyObject;
use super::python::Python;
use crate::builtins::descriptors::StaticMethod;
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::function::BoundMethod;
use crate::objects::native::NativeObject;
use crate::vm::{PyResult, Vm};
use std::any::Any;
use std::cell::{Ref, RefCell, RefMut};
use std::marker::PhantomData;
use std::rc::Rc;

/// A shared handle to a Rust value that lives inside a Python object of a
/// [`HostClass`]. Methods receive it as their first argument; the host can
/// keep it, and Python sees changes made through it.
///
/// ```
/// use gilpy::HostRef;
/// let counter = HostRef::new(5);
/// *counter.borrow_mut() += 1;
/// assert_eq!(*counter.borrow(), 6);
/// ```
pub struct HostRef<T> {
    data: Rc<RefCell<T>>,
}

impl<T> Clone for HostRef<T> {
    fn clone(&self) -> Self {
        HostRef {
            data: self.data.clone(),
        }
    }
}

impl<T> std::fmt::Debug for HostRef<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HostRef<{}>", std::any::type_name::<T>())
    }
}

impl<T: 'static> HostRef<T> {
    /// Wraps a value (it becomes a Python object when converted with [`ToPython`]).
    ///
    /// ```
    /// let r = gilpy::HostRef::new(String::from("x"));
    /// assert_eq!(r.borrow().as_str(), "x");
    /// ```
    pub fn new(value: T) -> HostRef<T> {
        HostRef {
            data: Rc::new(RefCell::new(value)),
        }
    }

    /// Borrows the value.
    ///
    /// ```
    /// assert_eq!(*gilpy::HostRef::new(3).borrow(), 3);
    /// ```
    pub fn borrow(&self) -> Ref<'_, T> {
        self.data.borrow()
    }

    /// Borrows the value mutably.
    ///
    /// ```
    /// let r = gilpy::HostRef::new(vec![1]);
    /// r.borrow_mut().push(2);
    /// assert_eq!(*r.borrow(), [1, 2]);
    /// ```
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.data.borrow_mut()
    }
}

/// The Python object holding a host value.
struct HostInstance {
    class: Rc<Class>,
    data: Rc<dyn Any>,
}

impl NativeObject for HostInstance {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let attr = self.class.dict.get_str(name)?;
        if let Some(getter) = attr.downcast::<HostGetter>() {
            let mut py = Python::new(vm);
            let r = (getter.get)(&mut py, &self.data);
            return Some(r.map_err(|e| HostError::from(e).into_py(vm)));
        }
        if attr.downcast::<super::host_fn::HostFunction>().is_some() {
            let receiver = Value::native(HostInstance {
                class: self.class.clone(),
                data: self.data.clone(),
            });
            let func = attr;
            return Some(Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func,
                receiver,
            }))));
        }
        None
    }
}

/// Reads a host value's attribute.
type GetFn = dyn Fn(&mut Python<'_>, &Rc<dyn Any>) -> Result<Value, RunError>;

/// A read-only attribute of a host class, kept in the class dict.
struct HostGetter {
    get: Box<GetFn>,
}

impl NativeObject for HostGetter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().object.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The class-cache key of host type `T`.
fn class_key<T: 'static>() -> &'static str {
    std::any::type_name::<T>()
}

impl<T: 'static> ToPython for HostRef<T> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        let Some(class) = py.vm().interp.embed.class_for(class_key::<T>()) else {
            let msg = format!("no host class is registered for {}", class_key::<T>());
            let err = py.vm().type_error(msg);
            return Err(py.report(err));
        };
        let data: Rc<dyn Any> = self.data.clone();
        Ok(PyObject::from_value(Value::native(HostInstance {
            class,
            data,
        })))
    }
}

impl<T: 'static> FromPython for HostRef<T> {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        let data = obj
            .value()
            .downcast::<HostInstance>()
            .and_then(|inst| inst.data.clone().downcast::<RefCell<T>>().ok());
        match data {
            Some(data) => Ok(HostRef { data }),
            None => {
                let target = class_key::<T>()
                    .rsplit("::")
                    .next()
                    .unwrap_or("host object");
                Err(wrong_type(py, obj, target))
            }
        }
    }
}

/// One class attribute, made when the class is registered.
type MakeAttr = Box<dyn FnOnce() -> Value>;

/// A Rust type `T` exposed to Python as a class: a constructor, methods (whose
/// first argument is the [`HostRef<T>`]) and read-only attributes. Register it
/// with [`Python::add_class`]; values then convert both ways as [`HostRef<T>`].
///
/// ```
/// use gilpy::{HostClass, HostError, HostRef, Interpreter};
/// struct Counter { n: i64 }
/// let class = HostClass::<Counter>::new("Counter")
///     .constructor(|start: i64| Ok::<_, HostError>(HostRef::new(Counter { n: start })))
///     .method("add", |this: HostRef<Counter>, by: i64| {
///         this.borrow_mut().n += by;
///         Ok::<_, HostError>(this.borrow().n)
///     })
///     .getter("value", |c: &Counter| c.n);
/// let mut interp = Interpreter::new();
/// interp.with_gil(|py| {
///     py.add_class(class)?;
///     py.run("c = Counter(10)\nc.add(5)\nv = c.value", "<c>")?;
///     assert_eq!(py.get_global::<i64>("v")?, 15);
///     let c: HostRef<Counter> = py.get_global("c")?;
///     c.borrow_mut().n = 100;
///     assert_eq!(py.eval::<i64>("c.value")?, 100);
///     assert_eq!(py.eval::<String>("type(c).__name__")?, "Counter");
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub struct HostClass<T> {
    name: String,
    attrs: Vec<(String, MakeAttr)>,
    marker: PhantomData<T>,
}

impl<T: 'static> HostClass<T> {
    /// A class called `name` with no constructor (Python code cannot create instances).
    ///
    /// ```
    /// let c = gilpy::HostClass::<u8>::new("Byte");
    /// assert_eq!(c.name(), "Byte");
    /// ```
    pub fn new(name: &str) -> HostClass<T> {
        HostClass {
            name: name.to_owned(),
            attrs: Vec::new(),
            marker: PhantomData,
        }
    }

    /// The class name.
    ///
    /// ```
    /// assert_eq!(gilpy::HostClass::<()>::new("Unit").name(), "Unit");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Sets the constructor: a host function returning `Result<HostRef<T>, HostError>`.
    ///
    /// ```
    /// use gilpy::{HostClass, HostError, HostRef};
    /// let class = HostClass::<String>::new("Label")
    ///     .constructor(|s: String| Ok::<_, HostError>(HostRef::new(s)));
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_class(class)?;
    ///     let label: HostRef<String> = py.eval("Label('hi')")?;
    ///     assert_eq!(*label.borrow(), "hi");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn constructor<M>(mut self, f: impl IntoHostFunction<M>) -> HostClass<T> {
        let name = self.name.clone();
        let make: MakeAttr = Box::new(move || {
            let inner = f.into_callable(&name);
            // `__new__` receives the class first; the constructor does not want it.
            let call: Box<HostCallable> = Box::new(move |py, args| inner(py, &args[1..]));
            let func = host_function_from(&name, &[], call).into_value();
            Value::native(StaticMethod { func })
        });
        self.attrs.push(("__new__".to_owned(), make));
        self
    }

    /// Adds a method; its first argument is the instance as a [`HostRef<T>`].
    ///
    /// ```
    /// use gilpy::{HostClass, HostError, HostRef};
    /// let class = HostClass::<Vec<i64>>::new("Bag")
    ///     .constructor(|| Ok::<_, HostError>(HostRef::new(Vec::<i64>::new())))
    ///     .method("put", |this: HostRef<Vec<i64>>, x: i64| Ok::<_, HostError>(this.borrow_mut().push(x)))
    ///     .method("size", |this: HostRef<Vec<i64>>| Ok::<_, HostError>(this.borrow().len()));
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_class(class)?;
    ///     assert_eq!(py.eval::<usize>("(lambda b: (b.put(1), b.put(2), b.size())[2])(Bag())")?, 2);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn method<M>(mut self, name: &str, f: impl IntoHostFunction<M>) -> HostClass<T> {
        let fname = name.to_owned();
        let make: MakeAttr = Box::new(move || host_function(&fname, &[], f).into_value());
        self.attrs.push((name.to_owned(), make));
        self
    }

    /// Adds a read-only attribute computed from the value.
    ///
    /// ```
    /// use gilpy::{HostClass, HostRef};
    /// struct Point { x: f64, y: f64 }
    /// let class = HostClass::<Point>::new("Point").getter("norm", |p: &Point| p.x.hypot(p.y));
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_class(class)?;
    ///     py.set_global("p", HostRef::new(Point { x: 3.0, y: 4.0 }))?;
    ///     assert_eq!(py.eval::<f64>("p.norm")?, 5.0);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn getter<R: ToPython>(
        mut self,
        name: &str,
        get: impl Fn(&T) -> R + 'static,
    ) -> HostClass<T> {
        let make: MakeAttr = Box::new(move || {
            let get: Box<GetFn> = Box::new(move |py, data| {
                let Some(cell) = data.downcast_ref::<RefCell<T>>() else {
                    let err = py.vm().type_error("host value of the wrong type");
                    return Err(py.report(err));
                };
                let value = get(&cell.borrow());
                value.to_python(py).map(PyObject::into_value)
            });
            Value::native(HostGetter { get })
        });
        self.attrs.push((name.to_owned(), make));
        self
    }

    /// Builds the class object and registers it for conversions of `HostRef<T>`.
    fn build(self, py: &mut Python<'_>) -> Rc<Class> {
        let object = py.vm().types().object.clone();
        let class = crate::vm::types::make_class(&self.name, Some(&object), Layout::Builtin);
        if !self.attrs.iter().any(|(name, _)| name == "__new__") {
            class.dict.set_str("__new__", no_constructor(&self.name));
        }
        for (name, make) in self.attrs {
            class.dict.set_str(&name, make());
        }
        class.dict.set_str("__module__", Value::str("__main__"));
        py.vm()
            .interp
            .embed
            .set_class(class_key::<T>(), class.clone());
        class
    }
}

/// The `__new__` of a host class without a constructor: TypeError, as CPython says it.
fn no_constructor(name: &str) -> Value {
    let msg = format!("cannot create '{name}' instances");
    let call: Box<HostCallable> =
        Box::new(move |_py, _args| Err(HostError::new("TypeError", msg.clone())));
    let func = host_function_from(name, &[], call).into_value();
    Value::native(StaticMethod { func })
}

impl Python<'_> {
    /// Registers a host class and makes it a built-in name (returns the class object).
    ///
    /// ```
    /// use gilpy::{HostClass, HostError, HostRef};
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let class = py.add_class(HostClass::<u32>::new("Ticket").getter("number", |n: &u32| *n))?;
    ///     assert_eq!(class.getattr(py, "__name__")?.extract::<String>(py)?, "Ticket");
    ///     py.set_global("t", HostRef::new(7u32))?;
    ///     assert_eq!(py.eval::<String>("f'{t.number} {isinstance(t, Ticket)}'")?, "7 True");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn add_class<T: 'static>(&mut self, class: HostClass<T>) -> Result<PyObject, RunError> {
        let name = class.name.clone();
        let class = Value::Class(class.build(self));
        self.vm().builtins().set_str(&name, class.clone());
        Ok(PyObject::from_value(class))
    }
}
