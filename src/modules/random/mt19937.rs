//! The 32-bit Mersenne Twister (MT19937) exactly as CPython's `_random`
//! drives it: seeding, tempered output, 53-bit floats and `getrandbits`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};

use super::{RandomError, RandomResult};

/// Number of 32-bit words in the generator state.
pub const N: usize = 624;
/// The middle-word offset of the twist.
const M: usize = 397;
/// The twist matrix's last row.
const MATRIX_A: u32 = 0x9908_b0df;
/// Mask selecting the most significant bit of a word.
const UPPER_MASK: u32 = 0x8000_0000;
/// Mask selecting the 31 least significant bits of a word.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Mersenne Twister state: 624 words and the position of the next word.
#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl std::fmt::Debug for Mt19937 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mt19937")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Mt19937 {
    /// A generator initialised with [`Mt19937::init_genrand`]`(seed)`.
    pub fn new(seed: u32) -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(seed);
        mt
    }

    /// A generator initialised with [`Mt19937::init_by_array`]`(key)`.
    pub fn from_key(key: &[u32]) -> Self {
        let mut mt = Mt19937::new(0);
        mt.init_by_array(key);
        mt
    }

    /// Fill the state from one 32-bit seed (the reference `init_genrand`).
    pub fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Fill the state from a key of 32-bit words (the reference
    /// `init_by_array`). An empty key is treated as `[0]`, which is what
    /// CPython passes for a zero seed.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mut i = 1;
        let mut j = 0;
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            let mixed = (prev ^ (prev >> 30)).wrapping_mul(1_664_525);
            self.state[i] = (self.state[i] ^ mixed)
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i = self.wrap_index(i + 1);
            j = if j + 1 >= key.len() { 0 } else { j + 1 };
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            let mixed = (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941);
            self.state[i] = (self.state[i] ^ mixed).wrapping_sub(i as u32);
            i = self.wrap_index(i + 1);
        }
        self.state[0] = UPPER_MASK;
        self.index = N;
    }

    /// Seeding step: past the end, copy the last word to the front and
    /// restart at 1.
    fn wrap_index(&mut self, i: usize) -> usize {
        if i >= N {
            self.state[0] = self.state[N - 1];
            1
        } else {
            i
        }
    }

    /// Regenerate all 624 words in place.
    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.state[k] & UPPER_MASK) | (self.state[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next tempered 32-bit output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: a float in [0, 1) built from 27 + 26 bits of two
    /// consecutive outputs.
    pub fn random(&mut self) -> f64 {
        let high = f64::from(self.next_u32() >> 5);
        let low = f64::from(self.next_u32() >> 6);
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, as a `u64`; larger `k` is clamped
    /// to 64. Consumes words exactly as [`Mt19937::getrandbits`] does.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k.min(64)));
                low | (high << 32)
            }
        }
    }

    /// `getrandbits(k)`: a non-negative int of `k` random bits. The first
    /// word drawn is the least significant one; when `k` is not a multiple
    /// of 32 the last (most significant) word keeps only its top bits.
    ///
    /// Memory grows with `k`; the interpreter enforces CPython's C `int`
    /// limit first (see [`super::algorithms::getrandbits`]).
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let mut words = Vec::new();
        let mut remaining = k;
        while remaining > 0 {
            let word = self.next_u32();
            if remaining < 32 {
                words.push(word >> (32 - remaining));
                remaining = 0;
            } else {
                words.push(word);
                remaining -= 32;
            }
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(words))
    }

    /// The state as `getstate()` shows it: 624 words then the index.
    pub fn export_state(&self) -> Vec<u64> {
        let mut out: Vec<u64> = self.state.iter().map(|&w| u64::from(w)).collect();
        out.push(self.index as u64);
        out
    }

    /// Restore a state from 625 ints (624 words then the index), checking
    /// them as CPython's `setstate` does. Words are truncated to 32 bits;
    /// nothing changes unless every check passes.
    pub fn import_state(&mut self, values: &[BigInt]) -> RandomResult<()> {
        if values.len() != N + 1 {
            return Err(RandomError::Value("state vector is the wrong size".into()));
        }
        let mut words = [0u32; N];
        for (slot, value) in words.iter_mut().zip(values) {
            *slot = state_word(value)?;
        }
        let index = state_index(&values[N])?;
        self.state = words;
        self.index = index;
        Ok(())
    }
}

/// One state word: a C `unsigned long` truncated to 32 bits.
fn state_word(value: &BigInt) -> RandomResult<u32> {
    if value.is_negative() {
        return Err(RandomError::Overflow(
            "can't convert negative value to unsigned int".into(),
        ));
    }
    match value.to_u64() {
        Some(v) => Ok(v as u32),
        None => Err(RandomError::Overflow(
            "Python int too large to convert to C unsigned long".into(),
        )),
    }
}

/// The state index: a C `long` that must lie in `0..=624`.
fn state_index(value: &BigInt) -> RandomResult<usize> {
    let Some(index) = value.to_i64() else {
        return Err(RandomError::Overflow(
            "Python int too large to convert to C long".into(),
        ));
    };
    match usize::try_from(index) {
        Ok(i) if i <= N => Ok(i),
        _ => Err(RandomError::Value("invalid state".into())),
    }
}
