//! `PyDeque`: the double-ended queue behind `collections.deque`, with its optional bound.
//!
//! Every mutation bumps a state counter, as CPython's deque does, so that its
//! iterators (and the searches that call `__eq__`) notice a change made while
//! they run and raise `RuntimeError: deque mutated during iteration`.

use super::class::Class;
use super::native::NativeObject;
use super::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, Ref, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A deque: items, the bound (`maxlen`) and the mutation counter.
pub struct PyDeque {
    /// `type(d)`.
    pub class: Rc<Class>,
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
    /// The user subclass this deque is the base value of (its name shows in the repr).
    pub subclass: RefCell<Option<Rc<Class>>>,
}

impl NativeObject for PyDeque {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn sized_len(&self) -> Option<usize> {
        Some(self.len())
    }
}

impl PyDeque {
    /// An empty deque of class `class` bounded by `maxlen`.
    pub fn new(class: Rc<Class>, maxlen: Option<usize>) -> PyDeque {
        PyDeque {
            class,
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
            subclass: RefCell::new(None),
        }
    }

    /// The class name its repr shows: the user subclass it extends, or `deque`.
    pub fn shown_name(&self) -> String {
        match &*self.subclass.borrow() {
            Some(c) => c.name(),
            None => self.class.name(),
        }
    }

    /// The bound, `None` when unbounded.
    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen.get()
    }

    /// Changes the bound (`__init__` called again); trims from the left.
    pub fn set_maxlen(&self, maxlen: Option<usize>) {
        self.maxlen.set(maxlen);
        self.trim_front();
    }

    /// The mutation counter.
    pub fn state(&self) -> u64 {
        self.state.get()
    }

    /// Records a mutation.
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// The items, borrowed (do not call Python while holding this).
    pub fn items(&self) -> Ref<'_, VecDeque<Value>> {
        self.items.borrow()
    }

    /// A copy of the items, left to right.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// The item at `i`, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Replaces the item at `i` (in range).
    pub fn set(&self, i: usize, v: Value) {
        if let Some(slot) = self.items.borrow_mut().get_mut(i) {
            *slot = v;
        }
    }

    /// Drops items from the left until the bound holds.
    fn trim_front(&self) {
        if let Some(max) = self.maxlen.get() {
            let mut items = self.items.borrow_mut();
            while items.len() > max {
                items.pop_front();
            }
        }
    }

    /// Drops items from the right until the bound holds.
    fn trim_back(&self) {
        if let Some(max) = self.maxlen.get() {
            let mut items = self.items.borrow_mut();
            while items.len() > max {
                items.pop_back();
            }
        }
    }

    /// `append(v)`: a full bounded deque drops its leftmost item.
    pub fn push_back(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        self.items.borrow_mut().push_back(v);
        self.trim_front();
        self.bump();
    }

    /// `appendleft(v)`: a full bounded deque drops its rightmost item.
    pub fn push_front(&self, v: Value) {
        if self.maxlen.get() == Some(0) {
            return;
        }
        self.items.borrow_mut().push_front(v);
        self.trim_back();
        self.bump();
    }

    /// `pop()`.
    pub fn pop_back(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_back();
        self.bump();
        v
    }

    /// `popleft()`.
    pub fn pop_front(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_front();
        self.bump();
        v
    }

    /// Inserts `v` before position `i` (`0 <= i <= len`).
    pub fn insert(&self, i: usize, v: Value) {
        self.items.borrow_mut().insert(i, v);
        self.bump();
    }

    /// Removes and returns the item at `i`, if in range.
    pub fn remove_at(&self, i: usize) -> Option<Value> {
        let v = self.items.borrow_mut().remove(i);
        self.bump();
        v
    }

    /// `rotate(n)`: positive `n` moves items from the right end to the left.
    pub fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len() as i64;
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
        drop(items);
        self.bump();
    }

    /// `reverse()`.
    pub fn reverse(&self) {
        self.items.borrow_mut().make_contiguous().reverse();
        self.bump();
    }

    /// `clear()`.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Replaces all items (then applies the bound from the left).
    pub fn replace(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.items.borrow_mut(), items.into());
        self.trim_front();
        self.bump();
        drop(old);
    }
}

/// Which way a deque iterator walks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right (`iter(d)`).
    Forward,
    /// Right to left (`reversed(d)`).
    Backward,
}

/// An iterator over a deque; fails if the deque changes while it runs.
pub struct DequeIterator {
    /// The deque (a `Value::Native` holding a `PyDeque`).
    pub deque: Value,
    /// Items produced so far.
    pub done: Cell<usize>,
    /// The deque's length when the iterator was made.
    pub len: usize,
    /// The deque's state counter when the iterator was made.
    pub state: u64,
    /// Which way it walks.
    pub direction: Direction,
    /// `_deque_iterator` or `_deque_reverse_iterator`.
    pub class: Rc<Class>,
}

impl NativeObject for DequeIterator {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<crate::vm::PyResult<Option<Value>>> {
        let deque = self.deque.downcast::<PyDeque>()?;
        if deque.state() != self.state {
            self.done.set(self.len);
            return Some(Err(vm.runtime_error("deque mutated during iteration")));
        }
        let done = self.done.get();
        if done >= self.len {
            return Some(Ok(None));
        }
        let at = match self.direction {
            Direction::Forward => done,
            Direction::Backward => self.len - 1 - done,
        };
        self.done.set(done + 1);
        Some(Ok(deque.get(at)))
    }
}
