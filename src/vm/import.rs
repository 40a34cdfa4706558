//! The import system: `sys.modules`, native modules, the embedded stdlib, and `.py` files on `sys.path`.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::compiler::Mode;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::parser::SourceOrigin;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where a module's code comes from.
enum Source {
    /// A native (Rust) module.
    Native(super::interp::ModuleInit),
    /// Embedded stdlib text.
    Embedded(&'static str),
    /// A file on disk; `package` is true for `__init__.py`.
    File { path: PathBuf, package: bool },
}

impl Vm {
    /// `ImportName`.
    pub fn import_name(
        &mut self,
        frame: &Frame,
        name: &str,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(n) => *n as usize,
            _ => 0,
        };
        let full = if level > 0 {
            self.resolve_relative(&frame.globals, name, level)?
        } else {
            name.to_owned()
        };
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        self.import_module_path(&full, !has_fromlist)
    }

    /// Imports a dotted module path; returns the top package (`top`) or the leaf module.
    pub fn import_module_path(&mut self, full: &str, top: bool) -> PyResult<Value> {
        let mut first = None;
        let mut last = Value::None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            last = self.import_one(&prefix, &last)?;
            if first.is_none() {
                first = Some(last.clone());
            }
        }
        Ok(if top { first.unwrap_or(last) } else { last })
    }

    /// `import name` (a single module, its parent already imported).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_module_path(name, false)
    }

    fn import_one(&mut self, full: &str, parent: &Value) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.get_str(full) {
            return Ok(m);
        }
        let search = match parent {
            Value::Module(p) => match p.dict.get_str("__path__") {
                Some(path) => self.collect(&path)?,
                None => {
                    return Err(self.module_not_found(
                        full,
                        format!("No module named '{full}'; '{}' is not a package", p.name),
                    ));
                }
            },
            _ => {
                let path = self.interp.path.borrow().clone();
                self.collect(&path)?
            }
        };
        let short = full.rsplit('.').next().unwrap_or(full);
        let Some(source) = self.find_module(full, short, &search) else {
            return Err(self.module_not_found(full, format!("No module named '{full}'")));
        };
        let module = self.load_module(full, source)?;
        if let Value::Module(p) = parent {
            p.dict.set_str(short, module.clone());
        }
        Ok(module)
    }

    fn module_not_found(&self, name: &str, msg: String) -> super::PyErr {
        let err = self.error("ModuleNotFoundError", msg);
        if let Value::Instance(i) = &err.exc {
            i.dict.set_str("name", Value::str(name));
        }
        err
    }

    fn find_module(&self, full: &str, short: &str, search: &[Value]) -> Option<Source> {
        if let Some(init) = self.interp.native_modules.borrow().get(full) {
            return Some(Source::Native(*init));
        }
        if let Some(text) = self.interp.stdlib.borrow().get(full) {
            return Some(Source::Embedded(text));
        }
        for dir in search {
            let Value::Str(dir) = dir else { continue };
            let base = Path::new(dir.as_str());
            let pkg = base.join(short).join("__init__.py");
            if pkg.is_file() {
                return Some(Source::File {
                    path: pkg,
                    package: true,
                });
            }
            let file = base.join(format!("{short}.py"));
            if file.is_file() {
                return Some(Source::File {
                    path: file,
                    package: false,
                });
            }
        }
        None
    }

    fn load_module(&mut self, full: &str, source: Source) -> PyResult<Value> {
        match source {
            Source::Native(init) => {
                let m = init(self)?;
                let v = Value::Module(m);
                self.interp.modules.set_str(full, v.clone());
                Ok(v)
            }
            Source::Embedded(text) => {
                self.exec_module(full, text, &format!("<frozen {full}>"), None)
            }
            Source::File { path, package } => {
                let bytes = std::fs::read(&path).map_err(|e| self.io_error(&e, path.to_str()))?;
                // CPython reports undecodable module source differently (a "(unicode error)"
                // at the string literal); the script's message is the closest we give.
                let text = crate::lexer::decode::decode_source(&bytes, &path.to_string_lossy())
                    .map_err(|msg| self.error_args("SyntaxError", vec![Value::str(&msg)]))?;
                let pkg_dir = package.then(|| {
                    path.parent()
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_default()
                });
                self.exec_module(full, &text, &path.to_string_lossy(), pkg_dir)
            }
        }
    }

    /// Runs module source as a new module registered in `sys.modules`.
    pub fn exec_module(
        &mut self,
        full: &str,
        text: &str,
        filename: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let module = Rc::new(Module::new(full));
        let d = &module.dict;
        d.set_str("__file__", Value::str(filename));
        let package = match &pkg_dir {
            Some(dir) => {
                d.set_str("__path__", Value::list(vec![Value::str(dir)]));
                full.to_owned()
            }
            None => full
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_owned()),
        };
        d.set_str("__package__", Value::str(&package));
        d.set_str("__builtins__", Value::Module(self.interp.builtins.clone()));
        let value = Value::Module(module.clone());
        self.interp.modules.set_str(full, value.clone());
        let result = self
            .compile_source_from(text, filename, Mode::Exec, SourceOrigin::Bytes)
            .and_then(|code| {
                let frame = Frame::new(code, module.dict.clone(), Some(module.dict.clone()));
                self.run_nested(frame)
            });
        if let Err(e) = result {
            self.interp.modules.remove_str(full);
            return Err(e);
        }
        Ok(self.interp.modules.get_str(full).unwrap_or(value))
    }

    fn resolve_relative(
        &mut self,
        globals: &crate::objects::dict::PyDict,
        name: &str,
        level: usize,
    ) -> PyResult<String> {
        let package = match globals.get_str("__package__") {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_owned(),
            _ => String::new(),
        };
        if package.is_empty() {
            return Err(self.error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// `ImportFrom`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let full = format!("{}.{name}", m.name);
            if m.dict.get_str("__path__").is_some()
                && let Ok(v) = self.import_module_path(&full, false)
            {
                return Ok(v);
            }
            let location = match m.dict.get_str("__file__") {
                Some(Value::Str(f)) if !f.as_str().starts_with("<frozen") => f.as_str().to_owned(),
                _ => "unknown location".to_owned(),
            };
            let err = self.error(
                "ImportError",
                format!("cannot import name '{name}' from '{}' ({location})", m.name),
            );
            return Err(err);
        }
        Err(self.error("ImportError", format!("cannot import name '{name}'")))
    }

    /// `ImportStar`.
    pub fn import_star(&mut self, frame: &Frame, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let names: Vec<Value> = match m.dict.get_str("__all__") {
            Some(all) => self.collect(&all)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.as_str().starts_with('_')))
                .collect(),
        };
        for n in names {
            let Value::Str(s) = &n else { continue };
            let v = self.getattr(module, s)?;
            self.store_name(frame, &n, v)?;
        }
        Ok(())
    }
}
