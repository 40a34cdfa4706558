//! `sys._getframe([depth])`: the frame objects of the running Python code.

use crate::builtins::args::check;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls above it.
pub fn getframe(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "_getframe", args, kw, 0, 1)?;
    let depth = match args.first() {
        Some(v) => vm.to_index(v)?.max(0) as usize,
        None => 0,
    };
    vm.frame_object(depth)
        .ok_or_else(|| vm.value_error("call stack is not deep enough"))
}
