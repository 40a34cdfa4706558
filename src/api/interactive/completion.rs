//! Names for tab completion, looked up from a terminal's line editor while the session
//! waits for input without the GIL: each lookup takes the GIL for its own duration.

use crate::api::Interpreter;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::vm::Vm;
use crate::vm::interp::Interp;
use std::rc::Rc;

/// What names a completion asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameQuery<'a> {
    /// Names visible at the top level: `__main__`'s globals and the builtins.
    Globals,
    /// Attributes of the object a dotted name (`threading`, `a.b`) refers to.
    Attributes(&'a str),
    /// Names of modules that `import` can find.
    Modules,
    /// Names a module offers to `from module import ...` (a module already loaded, or a
    /// built-in or embedded one, which is loaded for this).
    ModuleMembers(&'a str),
}

/// A name found for a completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameCandidate {
    /// The name.
    pub name: String,
    /// True when its value can be called (the completion then adds `(`).
    pub callable: bool,
}

/// A handle on an interpreter's `__main__` namespace for completion lookups.
///
/// # GIL invariant
/// The handle holds reference-counted interpreter values. It is made and dropped with the
/// GIL held (by the thread that runs the session) and [`NameSource::names`] takes the GIL
/// before it touches them; so it must only be used while that thread does not hold the GIL
/// itself (inside [`Interpreter::without_gil`]), on that same thread.
pub struct NameSource {
    interp: Rc<Interp>,
    globals: Rc<PyDict>,
}

/// Rust stack that lookups may use (they run on the session's thread, in its stack).
const LOOKUP_STACK: usize = 8 << 20;

impl Interpreter {
    /// A completion handle on `__main__`'s namespace (see [`NameSource`] for its rules).
    pub fn name_source(&mut self) -> NameSource {
        let globals = self.session_main().dict.clone();
        NameSource {
            interp: self.vm().interp.clone(),
            globals,
        }
    }
}

impl NameSource {
    /// The names `query` asks for, sorted and without duplicates. Takes the GIL: call it
    /// only while the session thread is inside [`Interpreter::without_gil`].
    pub fn names(&self, query: NameQuery) -> Vec<NameCandidate> {
        let gil = self.interp.gil.clone();
        gil.acquire();
        let mut vm = Vm::new(self.interp.clone(), LOOKUP_STACK);
        let mut found = match query {
            NameQuery::Globals => self.global_names(&mut vm),
            NameQuery::Attributes(path) => attribute_names(&mut vm, &self.globals, path),
            NameQuery::Modules => module_names(&vm),
            NameQuery::ModuleMembers(module) => module_members(&mut vm, module),
        };
        drop(vm);
        gil.release();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        found.dedup_by(|a, b| a.name == b.name);
        found
    }

    /// `__main__`'s globals and the builtins.
    fn global_names(&self, vm: &mut Vm) -> Vec<NameCandidate> {
        let builtins = vm.builtins().clone();
        let mut found = candidates(vm, &self.globals.items());
        found.extend(candidates(vm, &builtins.items()));
        found
    }
}

/// Candidates for the string keys of a namespace's items.
fn candidates(vm: &Vm, items: &[(Value, Value)]) -> Vec<NameCandidate> {
    items
        .iter()
        .filter_map(|(k, v)| {
            let name = k.as_str()?.as_str().to_owned();
            let callable = crate::builtins::functions::is_callable(vm, v);
            Some(NameCandidate { name, callable })
        })
        .collect()
}

/// `dir()` of the object `path` names, each with whether it is callable. Names that do
/// not resolve, or whose lookup raises, give nothing.
fn attribute_names(vm: &mut Vm, globals: &PyDict, path: &str) -> Vec<NameCandidate> {
    let Some(obj) = resolve(vm, globals, path) else {
        return Vec::new();
    };
    let Some(dir) = vm.builtins().get_str("dir") else {
        return Vec::new();
    };
    let Ok(listed) = vm.call0(&dir, std::slice::from_ref(&obj)) else {
        return Vec::new();
    };
    let Ok(names) = vm.collect(&listed) else {
        return Vec::new();
    };
    names
        .iter()
        .filter_map(|n| n.as_str().map(|s| s.as_str().to_owned()))
        .map(|name| {
            let callable = matches!(vm.getattr_opt(&obj, &name), Ok(Some(v))
                if crate::builtins::functions::is_callable(vm, &v));
            NameCandidate { name, callable }
        })
        .collect()
}

/// The public names of a loaded, built-in or embedded module (user files are not
/// imported just to complete a name).
fn module_members(vm: &mut Vm, name: &str) -> Vec<NameCandidate> {
    let loaded = vm.interp.modules.get_str(name);
    let known = vm.interp.native_modules.borrow().contains_key(name)
        || vm.interp.stdlib.borrow().contains_key(name);
    let module = match loaded {
        Some(m) => m,
        None if known => match vm.import_module_path(name, false) {
            Ok(m) => m,
            Err(_) => return Vec::new(),
        },
        None => return Vec::new(),
    };
    let Value::Module(m) = &module else {
        return Vec::new();
    };
    let items = m.dict.items();
    candidates(vm, &items)
}

/// The value of a dotted name: a global or builtin, then attributes.
fn resolve(vm: &mut Vm, globals: &PyDict, path: &str) -> Option<Value> {
    let mut parts = path.split('.');
    let first = parts.next()?;
    let mut obj = globals
        .get_str(first)
        .or_else(|| vm.builtins().get_str(first))?;
    for part in parts {
        obj = vm.getattr_opt(&obj, part).ok()??;
    }
    Some(obj)
}

/// Modules that `import` finds: native, embedded Python ones, and those already loaded.
fn module_names(vm: &Vm) -> Vec<NameCandidate> {
    let interp = &vm.interp;
    let mut names: Vec<String> = interp
        .native_modules
        .borrow()
        .keys()
        .map(|n| n.to_string())
        .collect();
    names.extend(interp.stdlib.borrow().keys().map(|n| n.to_string()));
    names.extend(
        interp
            .modules
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(|s| s.as_str().to_owned())),
    );
    names
        .into_iter()
        .map(|name| NameCandidate {
            name,
            callable: false,
        })
        .collect()
}
