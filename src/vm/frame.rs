//! `Frame`: the heap-allocated activation record of one running code object.

use crate::objects::Value;
use crate::objects::cell::PyCell;
use crate::objects::code::PyCode;
use crate::objects::dict::PyDict;
use std::rc::Rc;

/// A block of the frame's block stack (see `compiler::opcode` for the protocol).
#[derive(Clone)]
pub enum Block {
    /// `SetupFinally`: on exception, truncate the stack to `depth` and jump to `handler`.
    Handler { handler: u32, depth: u32 },
    /// A running handler: restores `previous` as the handled exception when popped.
    ExceptHandler { previous: Value, depth: u32 },
}

/// An activation record.
pub struct Frame {
    /// The code being run.
    pub code: Rc<PyCode>,
    /// Index of the next instruction.
    pub ip: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals (`Null` = unbound).
    pub fast: Vec<Value>,
    /// Cells: cellvars then freevars.
    pub cells: Vec<Rc<PyCell>>,
    /// Module globals.
    pub globals: Rc<PyDict>,
    /// The locals mapping of module and class bodies (`None` for functions).
    pub locals: Option<Rc<PyDict>>,
    /// The block stack.
    pub blocks: Vec<Block>,
    /// Set when this frame runs `__init__` for a class call: the call's value
    /// is this new instance once `__init__` returns None.
    pub init_instance: Option<Value>,
}

impl Frame {
    /// A frame for `code` with empty locals and room for its deepest stack.
    pub fn new(code: Rc<PyCode>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Box<Frame> {
        let nlocals = code.code.varnames.len();
        let ncells = code.code.cellvars.len();
        let depth = code.code.stack_bound.max();
        Box::new(Frame {
            fast: vec![Value::Null; nlocals],
            cells: (0..ncells)
                .map(|_| Rc::new(PyCell::new(Value::Null)))
                .collect(),
            stack: Vec::with_capacity(depth),
            code,
            ip: 0,
            globals,
            locals,
            blocks: Vec::new(),
            init_instance: None,
        })
    }

    /// [`Frame::reset`] for a call with no locals dict, from borrowed `code` and
    /// `globals`: a frame recycled from a call of the same function (the usual
    /// case: the pool hands back the frame that returned last) keeps its
    /// references instead of trading them for equal ones.
    #[inline]
    pub fn reset_for_call(&mut self, code: &Rc<PyCode>, globals: &Rc<PyDict>) {
        debug_assert!(self.fast.is_empty() && self.cells.is_empty());
        debug_assert!(self.stack.is_empty() && self.blocks.is_empty());
        debug_assert!(self.locals.is_none());
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        self.start_code();
    }

    /// Readies a recycled frame to run from the start of its (new) code: empty
    /// cells for the cell variables, room for the deepest value stack.
    #[inline]
    fn start_code(&mut self) {
        let code = &self.code.code;
        let ncells = code.cellvars.len();
        if ncells > 0 {
            self.cells
                .extend((0..ncells).map(|_| Rc::new(PyCell::new(Value::Null))));
        }
        self.stack.reserve(code.stack_bound.max());
        self.ip = 0;
    }

    /// Re-initialises a recycled frame for `code` (keeps the vectors' capacity).
    /// The frame was emptied by [`Frame::clear`] when it went into the pool.
    /// The fast locals are left empty: the caller moves the arguments in and
    /// then calls [`Frame::unbind_other_locals`].
    #[inline]
    pub fn reset(&mut self, code: Rc<PyCode>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) {
        debug_assert!(self.fast.is_empty() && self.cells.is_empty());
        debug_assert!(self.stack.is_empty() && self.blocks.is_empty());
        self.code = code;
        self.globals = globals;
        if locals.is_some() {
            self.locals = locals;
        }
        self.start_code();
    }

    /// Moves `stack[from..]` to the end of the fast locals (the next parameters).
    #[inline]
    pub fn move_args_from(&mut self, stack: &mut Vec<Value>, from: usize) {
        let n = stack.len() - from;
        self.fast.reserve(n);
        // SAFETY: `fast` has room for `n` more values and the two vectors are
        // distinct. The values move bitwise: `stack` forgets them (its length
        // drops to `from` without running their drop code) and `fast` takes
        // ownership by growing its length over the copies.
        unsafe {
            let dst = self.fast.as_mut_ptr().add(self.fast.len());
            let src = stack.as_ptr().add(from);
            // Most calls pass one or two arguments: moved inline, not by a
            // call to `memcpy`.
            match n {
                0 => {}
                1 => std::ptr::write(dst, std::ptr::read(src)),
                2 => {
                    std::ptr::write(dst, std::ptr::read(src));
                    std::ptr::write(dst.add(1), std::ptr::read(src.add(1)));
                }
                _ => std::ptr::copy_nonoverlapping(src, dst, n),
            }
            stack.set_len(from);
            self.fast.set_len(self.fast.len() + n);
        }
    }

    /// Fast local `i` of an instruction of this frame's code, without a bounds check.
    ///
    /// A running frame has a slot for every local of its code (set up by
    /// [`Frame::new`] or [`Frame::unbind_other_locals`]), and the compiler's
    /// bytecode check proved every local operand indexes one.
    #[inline(always)]
    pub fn local(&self, i: u32) -> &Value {
        debug_assert!((i as usize) < self.fast.len());
        // SAFETY: in bounds, see above.
        unsafe { self.fast.get_unchecked(i as usize) }
    }

    /// [`Frame::local`], to assign.
    #[inline(always)]
    pub fn local_mut(&mut self, i: u32) -> &mut Value {
        debug_assert!((i as usize) < self.fast.len());
        // SAFETY: in bounds, as for `local`.
        unsafe { self.fast.get_unchecked_mut(i as usize) }
    }

    /// The two top values (`[.., a, b]` gives `(a, b)`), for instructions
    /// that declare at least two operands: the stack then holds them.
    #[inline(always)]
    pub fn top_pair(&self) -> (&Value, &Value) {
        let len = self.stack.len();
        debug_assert!(len >= 2, "value stack underflow");
        // SAFETY: `len >= 2` (see above).
        unsafe {
            (
                self.stack.get_unchecked(len - 2),
                self.stack.get_unchecked(len - 1),
            )
        }
    }

    /// Marks every fast local not yet given a value as unbound.
    #[inline]
    pub fn unbind_other_locals(&mut self) {
        let n = self
            .code
            .code
            .varnames
            .len()
            .saturating_sub(self.fast.len());
        if n > 0 {
            self.fast.extend(std::iter::repeat_n(Value::Null, n));
        }
    }

    /// Drops the values a finished frame still holds.
    #[inline]
    pub fn clear(&mut self) {
        Value::truncate_values(&mut self.stack, 0);
        Value::truncate_values(&mut self.fast, 0);
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        self.blocks.clear();
        if self.locals.is_some() {
            self.locals = None;
        }
        if self.init_instance.is_some() {
            self.init_instance = None;
        }
    }

    /// The source line of the instruction that last ran.
    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.ip.saturating_sub(1))
    }

    /// Pushes `v` without a capacity check.
    ///
    /// Only for instructions of this frame's code, pushing what their stack
    /// effect declares: the compiler's stack-depth analysis proved that the
    /// stack then stays within the depth the frame reserved.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(len < self.stack.capacity(), "value stack overflow");
        // SAFETY: `len < capacity` (see above), so the slot is allocated and
        // unused; raising the length makes the vector own the written value.
        unsafe {
            std::ptr::write(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }

    /// Pops the top of the stack without an emptiness check.
    ///
    /// Only for instructions of this frame's code popping what their stack
    /// effect declares: the stack-depth analysis proved the stack holds it.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.stack.len();
        debug_assert!(len > 0, "value stack underflow");
        // SAFETY: `len > 0` (see above): the last value is initialised; the
        // length drops first, so the vector no longer owns what is read out.
        unsafe {
            self.stack.set_len(len - 1);
            std::ptr::read(self.stack.as_ptr().add(len - 1))
        }
    }

    /// The top of the stack.
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// Replaces the two top values with `v`. Both must be inline kinds (they
    /// hold no reference), so they are discarded without running drop code.
    #[inline(always)]
    pub fn replace_inline_pair(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(self.stack[len - 2..].iter().all(Value::is_inline));
        // SAFETY: the stack holds both values (`top_pair` read them); being
        // inline they need no drop, so they are overwritten and forgotten.
        unsafe {
            self.stack.set_len(len - 1);
            std::ptr::write(self.stack.as_mut_ptr().add(len - 2), v);
        }
    }

    /// Replaces the two top values (`container`, then an inline index) with `v`.
    #[inline(always)]
    pub fn replace_container_and_inline_index(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(len >= 2 && self.stack[len - 1].is_inline());
        // SAFETY: the stack holds both values (`top_pair` read them); the
        // inline index needs no drop; the container is replaced (and dropped).
        unsafe {
            self.stack.set_len(len - 1);
            *self.stack.get_unchecked_mut(len - 2) = v;
        }
    }

    /// Pops `n` values, returning them in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }
}
