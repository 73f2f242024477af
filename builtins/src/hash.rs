//! Hashing as CPython computes it for numbers (modulo the Mersenne prime 2**61 - 1, so equal
//! ints and floats hash alike) and tuples (the xxHash-based combiner). str and bytes use
//! CPython's SipHash-1-3 over the same bytes CPython hashes (a str's PEP 393 form: one,
//! two or four bytes per character), keyed as CPython keys it (siphash_key.rs), so sets of
//! strings iterate in CPython's order under the same PYTHONHASHSEED.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::object::PyStr;

pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
pub const INF_HASH: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn int_hash(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

pub fn bigint_hash(b: &BigInt) -> i64 {
    let m = b
        .abs()
        .mod_floor(&BigInt::from(MODULUS))
        .to_i64()
        .unwrap_or(0);
    fix(if b.is_negative() { -m } else { m })
}

pub fn float_hash(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { INF_HASH } else { -INF_HASH };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - (((-1 - e) as u32) % BITS)
    };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    fix(x as i64 * sign)
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, e)
}

/// Recently hashed short names (attribute and method names the runtime looks up by
/// `&str`): a memo of SipHash results, checked against the text, so a hit costs a
/// comparison instead of SipHash. Per thread and invisible to Python code: it never
/// changes a result, only how fast it is found.
const MEMO_SLOTS: usize = 256;
const MEMO_MAX_LEN: usize = 32;

struct Memo {
    keys: [([u8; MEMO_MAX_LEN], u8); MEMO_SLOTS],
    hashes: [i64; MEMO_SLOTS],
}

thread_local! {
    // Const-initialised, so an access is a plain TLS load without a lazy-init check.
    static MEMO: std::cell::RefCell<Memo> = const {
        std::cell::RefCell::new(Memo {
            keys: [([0; MEMO_MAX_LEN], u8::MAX); MEMO_SLOTS],
            hashes: [0; MEMO_SLOTS],
        })
    };
}

/// `str_hash(s)` through the memo: the slot comes from where the text lives (names are
/// mostly `&'static str` or interned strings, so a repeated lookup lands on the same slot
/// without hashing the text); a hit still compares the text itself.
fn memo_hash(s: &str) -> i64 {
    let b = s.as_bytes();
    let slot = ((b.as_ptr() as usize >> 3) ^ (b.len() << 4)) % MEMO_SLOTS;
    let hit = MEMO.with(|m| {
        let m = m.borrow();
        let (k, n) = &m.keys[slot];
        (*n as usize == b.len() && &k[..b.len()] == b).then(|| m.hashes[slot])
    });
    if let Some(h) = hit {
        return h;
    }
    let h = str_hash(s);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let mut k = [0u8; MEMO_MAX_LEN];
        k[..b.len()].copy_from_slice(b);
        m.keys[slot] = (k, b.len() as u8);
        m.hashes[slot] = h;
    });
    h
}

/// hash() of an object hashed by identity (object.__hash__): its address rotated by 4 bits,
/// as CPython's `_Py_HashPointer`.
#[inline(always)]
pub fn identity_hash(id: u64) -> i64 {
    id.rotate_right(4) as i64
}

/// `str_hash` for names the runtime looks up by `&str` again and again (type
/// attributes, dunder methods): memoized for short names.
pub fn name_hash(s: &str) -> i64 {
    if !s.is_empty() && s.len() <= MEMO_MAX_LEN {
        return memo_hash(s);
    }
    str_hash(s)
}

/// hash(str) for text `s`: SipHash-1-3 of its PEP 393 representation.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        return bytes_hash(s.as_bytes());
    }
    fix(crate::siphash_key::siphash13(&pep393_bytes(s)) as i64)
}

/// The bytes CPython hashes for a non-empty str: one byte per character when all are
/// below U+0100, else two (UTF-16 code units, little-endian) when all are in the BMP,
/// else four.
fn pep393_bytes(s: &str) -> smallvec::SmallVec<[u8; 256]> {
    use crate::surrogate::code_point;
    let max = s.chars().map(code_point).max().unwrap_or(0);
    let mut buf = smallvec::SmallVec::new();
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u8));
    } else if max < 0x10000 {
        for c in s.chars() {
            buf.extend_from_slice(&(code_point(c) as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&code_point(c).to_le_bytes());
        }
    }
    buf
}

pub fn pystr_hash(s: &PyStr) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = str_hash(&s.s);
    s.hash.set(h);
    h
}

/// hash(bytes): SipHash-1-3 of the bytes (0 for empty).
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(crate::siphash_key::siphash13(b) as i64)
}

/// CPython 3.12's slice hash: the tuple combiner without the length term.
pub fn slice_hash(items: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    if acc as i64 == -1 {
        return 1_546_275_796;
    }
    acc as i64
}

/// CPython's tuple hash combiner, fed one item hash at a time (no buffer of hashes).
pub struct TupleHasher {
    acc: u64,
    n: u64,
}

impl Default for TupleHasher {
    fn default() -> TupleHasher {
        TupleHasher::new()
    }
}

impl TupleHasher {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;

    pub fn new() -> TupleHasher {
        TupleHasher {
            acc: Self::P5,
            n: 0,
        }
    }
    #[inline]
    pub fn add(&mut self, h: i64) {
        self.acc = self.acc.wrapping_add((h as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(Self::P1);
        self.n += 1;
    }
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.n ^ (Self::P5 ^ 3_527_539));
        if acc as i64 == -1 {
            return 1_546_275_796;
        }
        acc as i64
    }
}

/// CPython's tuple hash combiner over already-computed item hashes.
pub fn tuple_hash(items: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &x in items {
        h.add(x);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_match_cpython() {
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(5), 5);
        assert_eq!(int_hash((1 << 61) - 1), 0);
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float_hash(2.0), 2);
        assert_eq!(float_hash(-0.5), -1_152_921_504_606_846_976);
        assert_eq!(bigint_hash(&(BigInt::from(1) << 100)), 549_755_813_888);
        // hash((1, 2)) in CPython 3.12
        assert_eq!(tuple_hash(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(tuple_hash(&[]), 5_740_354_900_026_072_187);
    }

    #[test]
    fn strings_match_cpython_with_seed_0() {
        // PYTHONHASHSEED=0 python3.12 -c 'print(hash(...))' (the zero key).
        let h = |s: &str| fix(crate::siphash_key::siphash13_with(0, 0, &pep393_bytes(s)) as i64);
        assert_eq!(h("a"), 4_644_417_185_603_328_019);
        assert_eq!(h("hello world!"), 839_851_713_330_019_024);
        assert_eq!(h("é"), 6_047_309_291_227_476_195);
        assert_eq!(h("€"), -5_529_981_157_763_016_009);
        assert_eq!(h("😀"), -3_536_540_696_076_613_844);
        assert_eq!(str_hash(""), 0);
        assert_eq!(bytes_hash(b"abc"), str_hash("abc"));
    }
}
