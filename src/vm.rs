//! The virtual machine: per-thread state (`Vm`), the shared interpreter state, and the eval loop.

pub mod arith;
pub mod attr;
pub(crate) mod attr_fast;
pub mod bytearray_items;
pub mod call;
pub mod carets;
pub mod checkpoint;
pub mod classes;
pub mod compare;
pub mod compile;
pub mod display;
pub mod embedding;
pub mod errors;
pub mod eval;
pub mod eval_calls;
pub mod fast_ops;
pub mod frame;
pub mod frame_chain;
pub mod frame_object;
pub(crate) mod frame_stack;
pub mod functions;
pub mod generator;
pub mod import;
pub mod interp;
pub mod iter;
pub mod mapping;
pub mod names;
pub mod ops;
pub mod protocol;
pub mod raising;
pub mod scope;
pub mod set_ops;
pub mod stdin;
pub mod stdio;
pub mod str_append;
pub mod subclass;
pub mod subscript;
pub mod suggestions;
pub mod traceback;
pub mod traceback_group;
pub mod types;
pub mod warn;

use crate::objects::Value;
pub use interp::Interp;
use std::rc::Rc;
pub use types::BuiltinTypes;

/// How many finished frames a thread keeps for reuse.
const FRAME_POOL_SIZE: usize = 64;

/// A raised Python exception travelling through Rust code.
#[derive(Clone, Debug)]
pub struct PyErr {
    /// The exception instance.
    pub exc: Value,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Keyword arguments of a call: names (str values) and values, in the same order.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    /// Keyword names.
    pub names: &'a [Value],
    /// Their values.
    pub values: &'a [Value],
}

impl<'a> Kw<'a> {
    /// No keywords.
    pub const EMPTY: Kw<'static> = Kw {
        names: &[],
        values: &[],
    };

    /// True when there are no keywords.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The value of keyword `name`, if given.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.names
            .iter()
            .position(|n| n.as_str().is_some_and(|s| s.as_str() == name))
            .map(|i| &self.values[i])
    }

    /// Iterates `(name, value)` pairs.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.names
            .iter()
            .map(|n| n.as_str().map_or("", |s| s.as_str()))
            .zip(self.values.iter())
    }
}

/// The state of one thread running Python code in an interpreter.
pub struct Vm {
    /// The interpreter this thread belongs to.
    pub interp: Rc<Interp>,
    /// Current depth of Python frames and native re-entries (for RecursionError).
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), `None` when none.
    pub handled: Value,
    /// Ticks left before the next check point.
    pub ticks: u32,
    /// Address near the bottom of this thread's Rust stack (for the stack guard).
    pub stack_base: usize,
    /// Usable size of this thread's Rust stack in bytes.
    pub stack_size: usize,
    /// Containers whose repr is in progress (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// Finished frames kept for reuse (saves allocations on every call).
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// This thread's `_thread.get_ident()`.
    pub thread_ident: u64,
    /// The running frames, for `sys._getframe` (see `frame_chain`).
    pub frame_chain: frame_chain::FrameChain,
}

impl Vm {
    /// A VM for a thread of `interp`.
    pub fn new(interp: Rc<Interp>, stack_size: usize) -> Vm {
        let marker = 0u8;
        Vm {
            ticks: interp.switch_ticks.get(),
            interp,
            depth: 0,
            handled: Value::None,
            stack_base: &marker as *const u8 as usize,
            stack_size,
            repr_guard: Vec::new(),
            frame_pool: Vec::new(),
            thread_ident: crate::modules::thread::current_ident(),
            frame_chain: frame_chain::FrameChain::default(),
        }
    }

    /// The built-in types of this interpreter.
    pub fn types(&self) -> &BuiltinTypes {
        &self.interp.types
    }

    /// The builtins namespace.
    pub fn builtins(&self) -> &Rc<crate::objects::dict::PyDict> {
        &self.interp.builtins.dict
    }

    /// Like [`Vm::alloc_frame`], but with no fast locals yet: the caller moves
    /// the arguments in, then calls `Frame::unbind_other_locals`.
    #[inline]
    pub fn alloc_frame_for_args(
        &mut self,
        code: &Rc<crate::objects::code::PyCode>,
        globals: &Rc<crate::objects::dict::PyDict>,
    ) -> Box<frame::Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset_for_call(code, globals);
                f
            }
            None => new_frame_for_args(code.clone(), globals.clone()),
        }
    }

    /// A frame for `code`, recycled from the pool when possible.
    pub fn alloc_frame(
        &mut self,
        code: Rc<crate::objects::code::PyCode>,
        globals: Rc<crate::objects::dict::PyDict>,
        locals: Option<Rc<crate::objects::dict::PyDict>>,
    ) -> Box<frame::Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, locals);
                f.unbind_other_locals();
                f
            }
            None => frame::Frame::new(code, globals, locals),
        }
    }

    /// Returns a finished frame to the pool.
    #[inline]
    pub fn free_frame(&mut self, mut f: Box<frame::Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            f.clear();
            self.frame_pool.push(f);
        }
    }

    /// Bytes of Rust stack in use on this thread (approximate).
    pub fn stack_used(&self) -> usize {
        let marker = 0u8;
        self.stack_base.abs_diff(&marker as *const u8 as usize)
    }
}

/// A new frame with no fast locals yet (the pool was empty).
#[cold]
fn new_frame_for_args(
    code: Rc<crate::objects::code::PyCode>,
    globals: Rc<crate::objects::dict::PyDict>,
) -> Box<frame::Frame> {
    let mut f = frame::Frame::new(code, globals, None);
    f.fast.clear();
    f
}
