//! `NativeModule`: a module built by the host (functions and constants) that scripts `import`;
//! registering host functions and modules through the `Python` token.

use super::convert::ToPython;
use super::error::RunError;
use super::host_fn::{IntoHostFunction, host_function};
use super::object::PyObject;
use super::python::Python;
use crate::objects::Value;
use crate::objects::module::Module;
use std::rc::Rc;

/// Makes one module attribute's value.
type MakeItem = Box<dyn FnOnce(&mut Python<'_>) -> Result<PyObject, RunError>>;

/// A module defined by the host: a name, functions and constants. Register it
/// with [`Python::add_module`]; scripts then `import` it like any module.
///
/// ```
/// use gilpy::{HostError, Interpreter, NativeModule};
/// let mut interp = Interpreter::new();
/// interp.with_gil(|py| {
///     let geometry = NativeModule::new("geometry")
///         .function("area", |w: f64, h: f64| Ok::<_, HostError>(w * h))
///         .constant("UNIT", 1.0);
///     py.add_module(geometry)?;
///     py.run("import geometry\nA = geometry.area(2, geometry.UNIT * 3)", "<g>")?;
///     assert_eq!(py.get_global::<f64>("A")?, 6.0);
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub struct NativeModule {
    name: String,
    items: Vec<(String, MakeItem)>,
}

impl NativeModule {
    /// An empty module called `name`.
    ///
    /// ```
    /// let m = gilpy::NativeModule::new("empty");
    /// assert_eq!(m.name(), "empty");
    /// ```
    pub fn new(name: &str) -> NativeModule {
        NativeModule {
            name: name.to_owned(),
            items: Vec::new(),
        }
    }

    /// The module's import name.
    ///
    /// ```
    /// assert_eq!(gilpy::NativeModule::new("tools").name(), "tools");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds a host function (see [`IntoHostFunction`] for the closures accepted).
    ///
    /// ```
    /// use gilpy::{HostError, NativeModule};
    /// let m = NativeModule::new("text").function("shout", |s: String| Ok::<_, HostError>(s.to_uppercase()));
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_module(m)?;
    ///     assert_eq!(py.eval::<String>("__import__('text').shout('hey')")?, "HEY");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn function<M>(self, name: &str, f: impl IntoHostFunction<M>) -> NativeModule {
        self.function_kw(name, &[], f)
    }

    /// Adds a host function whose arguments may also be passed by keyword, under `params`.
    ///
    /// ```
    /// use gilpy::{HostError, NativeModule};
    /// let m = NativeModule::new("shop")
    ///     .function_kw("price", &["count", "discount"], |count: u32, discount: Option<f64>| {
    ///         Ok::<_, HostError>(f64::from(count) * (1.0 - discount.unwrap_or(0.0)))
    ///     });
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_module(m)?;
    ///     assert_eq!(py.eval::<f64>("__import__('shop').price(4, discount=0.5)")?, 2.0);
    ///     assert_eq!(py.eval::<f64>("__import__('shop').price(count=2)")?, 2.0);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn function_kw<M>(
        mut self,
        name: &str,
        params: &[&str],
        f: impl IntoHostFunction<M>,
    ) -> NativeModule {
        let fname = name.to_owned();
        let params: Vec<String> = params.iter().map(|p| (*p).to_owned()).collect();
        let make: MakeItem = Box::new(move |_py| {
            let names: Vec<&str> = params.iter().map(String::as_str).collect();
            Ok(host_function(&fname, &names, f))
        });
        self.items.push((name.to_owned(), make));
        self
    }

    /// Adds a constant.
    ///
    /// ```
    /// let m = gilpy::NativeModule::new("config").constant("NAMES", vec!["a", "b"]);
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_module(m)?;
    ///     py.run("from config import NAMES", "<c>")?;
    ///     assert_eq!(py.get_global::<Vec<String>>("NAMES")?, ["a", "b"]);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn constant(mut self, name: &str, value: impl ToPython + 'static) -> NativeModule {
        let make: MakeItem = Box::new(move |py| value.to_python(py));
        self.items.push((name.to_owned(), make));
        self
    }

    /// Builds the module object.
    fn build(self, py: &mut Python<'_>) -> Result<Rc<Module>, RunError> {
        let module = Rc::new(Module::new(&self.name));
        for (name, make) in self.items {
            let value = make(py)?;
            module.dict.set_str(&name, value.into_value());
        }
        Ok(module)
    }
}

impl Python<'_> {
    /// Makes a Python function object from a Rust closure (see [`IntoHostFunction`]).
    ///
    /// ```
    /// use gilpy::HostError;
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let add = py.function("add", |a: i64, b: i64| Ok::<_, HostError>(a + b));
    ///     assert_eq!(add.call(py, (2, 3))?.extract::<i64>(py)?, 5);
    ///     assert_eq!(add.repr(py)?, "<built-in function add>");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn function<M>(&mut self, name: &str, f: impl IntoHostFunction<M>) -> PyObject {
        host_function(name, &[], f)
    }

    /// Like [`Python::function`], with parameter names so callers may pass arguments by keyword.
    ///
    /// ```
    /// use gilpy::HostError;
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let f = py.function_kw("span", &["start", "stop"], |a: i64, b: i64| Ok::<_, HostError>(b - a));
    ///     py.set_global("span", f)?;
    ///     assert_eq!(py.eval::<i64>("span(stop=10, start=4)")?, 6);
    ///     let err = py.eval::<i64>("span(1, start=2)").unwrap_err();
    ///     assert_eq!(err.to_string(), "TypeError: span() got multiple values for argument 'start'");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn function_kw<M>(
        &mut self,
        name: &str,
        params: &[&str],
        f: impl IntoHostFunction<M>,
    ) -> PyObject {
        host_function(name, params, f)
    }

    /// Makes a host function available to all code as a built-in called `name`.
    ///
    /// ```
    /// use gilpy::HostError;
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_function("double", |x: f64| Ok::<_, HostError>(x * 2.0))?;
    ///     assert_eq!(py.eval::<f64>("double(1.25)")?, 2.5);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn add_function<M>(
        &mut self,
        name: &str,
        f: impl IntoHostFunction<M>,
    ) -> Result<(), RunError> {
        let func = host_function(name, &[], f);
        self.vm().builtins().set_str(name, func.into_value());
        Ok(())
    }

    /// Registers a host module: `import name` then finds it (it is placed in `sys.modules`).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.add_module(gilpy::NativeModule::new("limits").constant("MAX", 10))?;
    ///     assert_eq!(py.eval::<i64>("__import__('limits').MAX")?, 10);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn add_module(&mut self, module: NativeModule) -> Result<PyObject, RunError> {
        let name = module.name.clone();
        let module = module.build(self)?;
        let value = Value::Module(module);
        self.vm().interp.modules.set_str(&name, value.clone());
        Ok(PyObject::from_value(value))
    }
}
