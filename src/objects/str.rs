//! `PyStr`: an immutable Python str with its code-point length and a cached hash.

use std::cell::Cell;

/// An immutable str. Indexing is by code point; `char_len == len()` marks pure ASCII.
pub struct PyStr {
    text: String,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// Makes a str from a slice.
    pub fn new(s: &str) -> Self {
        PyStr::from(s.to_owned())
    }

    /// Appends `other` in place; only for a str no one else can see yet
    /// (the caller holds the only reference), so its hash cannot have been relied on.
    pub fn push_str(&mut self, other: &PyStr) {
        self.text.push_str(&other.text);
        self.char_len += other.char_len;
        self.hash.set(None);
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
        self.text
            .char_indices()
            .nth(index)
            .map_or(self.text.len(), |(i, _)| i)
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
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            text: s,
            char_len,
            hash: Cell::new(None),
        }
    }
}

/// The hash of a text, equal to CPython's with `PYTHONHASHSEED=0`: SipHash-1-3 with a
/// zero key over the text's narrowest fixed-width (1, 2 or 4 byte) encoding.
pub fn hash_text(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if widest < 0x100 {
        let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        return hash_bytes(&bytes);
    }
    let mut bytes = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        let c = c as u32;
        if widest < 0x1_0000 {
            bytes.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&bytes)
}

/// Most names memoised by [`hash_name`] (a bound on its memory).
const NAME_HASH_CAPACITY: usize = 4096;

thread_local! {
    /// Hashes of names looked up by text (`Class::lookup("__init__")` ...).
    static NAME_HASHES: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, i64>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// [`hash_text`] of an attribute name, memoised per thread: the hash is a pure
/// function of the text, and a cheap map probe beats SipHash for names that
/// protocols look up on every call.
pub fn hash_name(name: &str) -> i64 {
    NAME_HASHES.with(|memo| {
        if let Some(&h) = memo.borrow().get(name) {
            return h;
        }
        let h = hash_text(name);
        let mut memo = memo.borrow_mut();
        if memo.len() < NAME_HASH_CAPACITY {
            memo.insert(name.into(), h);
        }
        h
    })
}

/// The hash of bytes, equal to CPython's with `PYTHONHASHSEED=0` (never -1; empty is 0).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(data) as i64;
    if h == -1 { -2 } else { h }
}

/// SipHash-1-3 with an all-zero key.
fn siphash13(data: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        compress(&mut v, u64::from_le_bytes(word));
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let tail = u64::from_le_bytes(last) | ((data.len() as u64 & 0xff) << 56);
    compress(&mut v, tail);
    v[2] ^= 0xff;
    for _ in 0..3 {
        sip_round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// Absorbs one message word with a single round.
fn compress(v: &mut [u64; 4], m: u64) {
    v[3] ^= m;
    sip_round(v);
    v[0] ^= m;
}

/// One SipHash round.
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}
