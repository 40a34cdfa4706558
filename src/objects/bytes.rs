//! `PyByteArray`: the mutable bytearray object (bytes are a boxed slice, `Value::Bytes`).

use std::cell::{Ref, RefCell, RefMut};

/// A bytearray.
#[derive(Default)]
pub struct PyByteArray {
    data: RefCell<Vec<u8>>,
}

impl PyByteArray {
    /// A bytearray holding `data`.
    pub fn new(data: Vec<u8>) -> Self {
        PyByteArray {
            data: RefCell::new(data),
        }
    }

    /// Shared access to the bytes.
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    /// Exclusive access to the bytes.
    pub fn data_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }
}
