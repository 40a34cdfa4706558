//! `PyStr`: an immutable Python str with its code-point length and a cached hash.

use std::cell::Cell;

/// An immutable str. Indexing is by code point; `char_len == len()` marks pure ASCII.
pub struct PyStr {
    text: Box<str>,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Makes a str from a slice.
    pub fn new(s: &str) -> Self {
        PyStr::from(s.to_owned())
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True when every character is ASCII (byte index == char index).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The hash, computed once.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_text(&self.text);
        self.hash.set(Some(h));
        h
    }

    /// The code point at `index` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// Byte offset of the code point at `index` (`len()` when `index == char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        self.text.char_indices().nth(index).map_or(self.text.len(), |(i, _)| i)
    }

    /// The substring between two code-point indexes (`start <= end <= char_len`).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.text[a..b.max(a)]
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { text: s.into_boxed_str(), char_len, hash: Cell::new(None) }
    }
}

/// The hash of a text: FNV-1a folded into Python's hash range (never -1).
pub fn hash_text(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}
