//! Frame objects (`sys._getframe()`): snapshots of running frames linked by `f_back`.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::code::PyCode;
use crate::objects::dict::PyDict;
use crate::objects::native::NativeObject;
use std::any::Any;
use std::rc::Rc;

/// A frame as Python sees it: its code, current line, namespaces and caller,
/// taken when `sys._getframe` was called.
pub struct FrameObject {
    code: Rc<PyCode>,
    lineno: u32,
    lasti: usize,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    back: Value,
}

impl NativeObject for FrameObject {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("frame")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "f_back" => self.back.clone(),
            "f_code" => Value::Code(self.code.clone()),
            "f_lineno" => Value::Int(self.lineno as i64),
            "f_lasti" => Value::Int(self.lasti as i64 * 2),
            "f_globals" => Value::Dict(self.globals.clone()),
            "f_locals" => Value::Dict(self.locals.clone()),
            "f_builtins" => Value::Dict(vm.builtins().clone()),
            "f_trace" => Value::None,
            _ => return None,
        }))
    }
}

/// Installs the methods of the `frame` class.
pub fn register(vm: &mut Vm) {
    let class = vm.types().misc("frame");
    crate::builtins::setup::add_methods(&class, "frame", &[("__repr__", frame_repr)]);
}

/// `repr(frame)`: `<frame at 0x..., file '...', line N, code name>`.
fn frame_repr(vm: &mut Vm, args: &[Value], _kw: crate::vm::Kw) -> PyResult<Value> {
    let Some(f) = args.first().and_then(|v| v.downcast::<FrameObject>()) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    let filename = crate::format::repr_str(&f.code.code.filename);
    Ok(Value::string(format!(
        "<frame at {:#x}, file {filename}, line {}, code {}>",
        vm.id_of(&args[0]),
        f.lineno,
        f.code.code.name
    )))
}

/// What a frame object is made from, read while the frame runs.
struct FrameFacts {
    code: Rc<PyCode>,
    lasti: usize,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
}

impl Vm {
    /// `sys._getframe(depth)`: the frame `depth` calls above the innermost
    /// running Python frame, or `None` when the stack is not that deep.
    pub fn frame_object(&self, depth: usize) -> Option<Value> {
        let mut facts: Vec<FrameFacts> = Vec::new();
        let mut seen = 0;
        self.frame_chain.walk(|frame: &Frame| {
            if seen >= depth {
                facts.push(FrameFacts {
                    code: frame.code.clone(),
                    lasti: frame.ip.saturating_sub(1),
                    globals: frame.globals.clone(),
                    locals: self.frame_locals(frame),
                });
            }
            seen += 1;
            true
        });
        let mut back = None;
        for f in facts.into_iter().rev() {
            let lineno = f.code.code.line_of(f.lasti);
            back = Some(Value::native(FrameObject {
                code: f.code,
                lineno,
                lasti: f.lasti,
                globals: f.globals,
                locals: f.locals,
                back: back.unwrap_or(Value::None),
            }));
        }
        back
    }
}
