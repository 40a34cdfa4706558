//! `random.seed(a, version)` as CPython 3.11 does it: turning ints, floats,
//! strings and bytes into a key for `init_by_array`, and OS entropy for
//! `seed(None)`.
//!
//! The interpreter classifies the argument into a [`Seed`]:
//!
//! * `None` → [`Seed::None`];
//! * `int` or `bool` (or an int subclass) → [`Seed::Int`];
//! * `float` → [`Seed::Hash`] with the float's Python `hash()` (so
//!   `seed(2.0)` equals `seed(2)`, and `seed(1.5)` uses `hash(1.5)`);
//! * `str`, `bytes`, `bytearray` → [`Seed::Str`], [`Seed::Bytes`],
//!   [`Seed::ByteArray`];
//! * anything else: raise `TypeError` with [`UNSUPPORTED_SEED_TYPE`].

use std::fs::File;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::time::{SystemTime, UNIX_EPOCH};

use num_bigint::{BigInt, BigUint};
use sha2::{Digest, Sha512};

use super::mt19937::{Mt19937, N};
use super::{RandomError, RandomResult};

/// `TypeError` message of `random.seed()` for an unsupported argument type.
pub const UNSUPPORTED_SEED_TYPE: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

/// A seed argument, already classified by the interpreter.
#[derive(Debug, Clone, Copy)]
pub enum Seed<'a> {
    /// `seed()` or `seed(None)`: OS entropy.
    None,
    /// An int (or bool): all bits of its absolute value are used.
    Int(&'a BigInt),
    /// Any other hashable seed (in practice a float): its Python `hash()`.
    Hash(i64),
    /// A `str`.
    Str(&'a str),
    /// A `bytes` object.
    Bytes(&'a [u8]),
    /// A `bytearray` object.
    ByteArray(&'a [u8]),
}

/// Reseed `mt` from `seed` exactly as `random.seed(seed, version)` does.
///
/// Errors: `bytearray` with `version=1` is hashed by CPython and so raises
/// `TypeError: unhashable type: 'bytearray'`. A `str`/`bytes` seed with a
/// version other than 1 or 2 is seeded by CPython from its randomised
/// string hash; here it is seeded from entropy, which is indistinguishable
/// unless `PYTHONHASHSEED` is fixed.
pub fn seed(mt: &mut Mt19937, seed: &Seed<'_>, version: i64) -> RandomResult<()> {
    let key = seed_key(seed, version)?;
    mt.init_by_array(&key);
    Ok(())
}

/// The `init_by_array` key that `random.seed(seed, version)` would use.
pub fn seed_key(seed: &Seed<'_>, version: i64) -> RandomResult<Vec<u32>> {
    Ok(match (*seed, version) {
        (Seed::Str(s), 1) => int_key(&BigInt::from(string_hash_v1(s.chars().map(u32::from)))),
        (Seed::Bytes(b), 1) => int_key(&BigInt::from(string_hash_v1(
            b.iter().map(|&c| u32::from(c)),
        ))),
        (Seed::ByteArray(_), 1) => {
            return Err(RandomError::Type("unhashable type: 'bytearray'".into()));
        }
        (Seed::Str(s), 2) => int_key(&bytes_to_int_v2(s.as_bytes())),
        (Seed::Bytes(b) | Seed::ByteArray(b), 2) => int_key(&bytes_to_int_v2(b)),
        (Seed::Int(n), _) => int_key(n),
        (Seed::Hash(h), _) => hash_key(h),
        (Seed::ByteArray(_), _) => {
            return Err(RandomError::Type("unhashable type: 'bytearray'".into()));
        }
        (Seed::None | Seed::Str(_) | Seed::Bytes(_), _) => entropy_key(),
    })
}

/// The key for an int seed: `abs(n)` split into 32-bit words, least
/// significant first; zero gives `[0]`.
pub fn int_key(n: &BigInt) -> Vec<u32> {
    let words = n.magnitude().to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

/// The key for a hashed seed: the hash reinterpreted as a C `size_t`.
pub fn hash_key(hash: i64) -> Vec<u32> {
    int_key(&BigInt::from(hash as u64))
}

/// Version 2 seeding of `str`/`bytes`/`bytearray`: the int whose big-endian
/// bytes are the data followed by its SHA-512 digest. (A `str` is encoded
/// as UTF-8 first.)
pub fn bytes_to_int_v2(data: &[u8]) -> BigInt {
    let digest = Sha512::digest(data);
    let mut all = Vec::with_capacity(data.len() + digest.len());
    all.extend_from_slice(data);
    all.extend_from_slice(&digest);
    BigInt::from(BigUint::from_bytes_be(&all))
}

/// Version 1 seeding of `str`/`bytes`: the old 64-bit string hash over the
/// code points (bytes are read as Latin-1).
pub fn string_hash_v1(code_points: impl Iterator<Item = u32> + Clone) -> u64 {
    let mut points = code_points.clone().peekable();
    let mut x = points.peek().map_or(0, |&c| u64::from(c) << 7);
    let mut len = 0u64;
    for c in code_points {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
        len += 1;
    }
    x ^ len
}

/// `ValueError` of `setstate()` for a state tuple of an unknown version;
/// `version` is the `str()` of the tuple's first item.
pub fn bad_state_version(version: &str) -> RandomError {
    RandomError::Value(format!(
        "state with version {version} passed to Random.setstate() of version {}",
        super::STATE_VERSION
    ))
}

/// A full-size key of fresh entropy for `seed(None)`: 624 words from
/// `/dev/urandom`, or, if that cannot be read, words derived from the
/// clock, the process id and the standard library's per-process random
/// hash keys.
pub fn entropy_key() -> Vec<u32> {
    urandom_key().unwrap_or_else(fallback_key)
}

/// 624 words read from `/dev/urandom`.
fn urandom_key() -> Option<Vec<u32>> {
    let mut buf = vec![0u8; N * 4];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .ok()?;
    Some(
        buf.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// Entropy when `/dev/urandom` is unavailable: time, pid and std's
/// randomly keyed hasher, mixed word by word.
fn fallback_key() -> Vec<u32> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let state = std::collections::hash_map::RandomState::new();
    (0..N as u64)
        .map(|i| {
            let mut h = state.build_hasher();
            h.write_u128(nanos);
            h.write_u32(std::process::id());
            h.write_u64(i);
            h.finish() as u32
        })
        .collect()
}
