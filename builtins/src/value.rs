//! The `Value` word: every Python value in 8 bytes, NaN-boxed.
//!
//! | bits 63..48     | meaning                                                   |
//! |-----------------|-----------------------------------------------------------|
//! | 0x0000          | a heap object: the pointer from `objrc::alloc`, as is      |
//! | 0x0001..=0xFFF1 | an `f64`, its bits plus 2^48 (each new NaN gets its own quiet payload) |
//! | 0xFFF9          | a small int: signed 48-bit payload                        |
//! | 0xFFFA          | a special: 0 None, 1 False, 2 True, 3 unbound             |
//!
//! A pointer is stored unchanged, so testing for one is one comparison and reaching the
//! object needs no masking: reference counting, the commonest work on values, is cheapest.
//! Floats pay one addition to make and one subtraction to read. (A float's bits run from 0
//! to 0xFFF0_0000_0000_0000, negative infinity: NaNs are made positive and quiet, so with
//! the offset they stay clear of both the pointers below and the tags above.)
//!
//! Floats, small ints, None and bools are inline and never touch a reference count.
//! Ints outside 48 bits live on the heap as `Kind::Int(BigInt)`; every constructor
//! normalises, so an int that fits is always inline (equality of small ints is bit
//! equality).
//!
//! # Safety invariant
//! This is the only module that encodes or decodes pointers. A `Value` below 2^48 (a pointer)
//! always holds exactly one strong count of a live object from `objrc::alloc`: `Clone`
//! adds one, `Drop` releases one. The unbound marker (`Value::UNBOUND`) lives only in
//! registers, cells and unset `__slots__` entries, and never reaches Python code.

use std::fmt;

use crate::object::{Kind, Obj};
use crate::objrc::{self, WeakObj};

const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
const PAYLOAD: u64 = 0x0000_FFFF_FFFF_FFFF;
const TAG_INT: u64 = 0xFFF9_0000_0000_0000;
const TAG_SPECIAL: u64 = 0xFFFA_0000_0000_0000;
/// Added to a float's bits (and so the first word that is not a pointer).
const FLOAT_OFFSET: u64 = 0x0001_0000_0000_0000;
/// The largest float word: negative infinity's bits plus the offset.
const LAST_FLOAT: u64 = 0xFFF0_0000_0000_0000 + FLOAT_OFFSET;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
// `both_small_ints` relies on no other word having all of the int tag's bits: floats end
// below the int tag, and the special tag lacks one of its bits.
const _: () = assert!(LAST_FLOAT & TAG_MASK < TAG_INT);
const _: () = assert!(TAG_SPECIAL & TAG_INT != TAG_INT);

thread_local! {
    /// The payload of the next NaN made. Every NaN a computation produces is a new float
    /// object in CPython, so `float('nan') is float('nan')` is False and a NaN is found in
    /// a list only by identity; distinct payloads give inline NaNs the same identities.
    /// (A per-thread counter: it only keeps NaN payloads apart.)
    static NEXT_NAN: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Smallest and largest ints stored inline.
pub const SMALL_MIN: i64 = -(1 << 47);
pub const SMALL_MAX: i64 = (1 << 47) - 1;

#[repr(transparent)]
pub struct Value(u64);

impl Value {
    pub const NONE: Value = Value(TAG_SPECIAL);
    pub const FALSE: Value = Value(TAG_SPECIAL | 1);
    pub const TRUE: Value = Value(TAG_SPECIAL | 2);
    /// An unbound local or empty cell. Never visible to Python code.
    pub const UNBOUND: Value = Value(TAG_SPECIAL | 3);

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value::new_nan()
        } else {
            Value(f.to_bits() + FLOAT_OFFSET)
        }
    }

    /// A NaN distinct (by identity) from every other NaN made so far.
    #[cold]
    fn new_nan() -> Value {
        let n = NEXT_NAN.with(|c| {
            let n = c.get();
            c.set(n.wrapping_add(1));
            n
        });
        // Quiet NaN, positive, payload in the low 51 bits (never zero: not infinity).
        Value((CANONICAL_NAN | (n & 0x0007_FFFF_FFFF_FFFF).max(1)) + FLOAT_OFFSET)
    }

    /// An int: inline when `SMALL_MIN <= i <= SMALL_MAX` (what callers expect, and
    /// usually have just checked), else a heap int, so a value that does not fit is never
    /// cut to 48 bits.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        if Value::fits_small(i) {
            Value(TAG_INT | (i as u64 & PAYLOAD))
        } else {
            Value::wide_int(i)
        }
    }

    /// `small_int` of a value wider than 48 bits.
    #[cold]
    #[inline(never)]
    fn wide_int(i: i64) -> Value {
        Value::from_obj(Obj::new(Kind::Int(num_bigint::BigInt::from(i))))
    }

    /// Whether `a` and `b` are both small ints, in one test of the two words' common tag
    /// bits: no word has a tag whose bits include the int tag's except the int tag itself
    /// (floats stay below 0xFFF2, the specials are 0xFFFA; see the table above).
    #[inline(always)]
    pub fn both_small_ints(a: &Value, b: &Value) -> bool {
        (a.0 & b.0) & TAG_MASK == TAG_INT
    }

    /// `a + b` for two small ints whose sum is one too (None otherwise): the payloads are
    /// added in the top 48 bits, where the processor's overflow flag is the range check.
    #[inline(always)]
    pub fn small_add(a: &Value, b: &Value) -> Option<Value> {
        Value::small_arith(a, b, i64::checked_add)
    }

    /// `a - b`, as `small_add`.
    #[inline(always)]
    pub fn small_sub(a: &Value, b: &Value) -> Option<Value> {
        Value::small_arith(a, b, i64::checked_sub)
    }

    /// `op` (a checked add or subtract) on two small ints' payloads in the top 48 bits.
    #[inline(always)]
    fn small_arith(a: &Value, b: &Value, op: fn(i64, i64) -> Option<i64>) -> Option<Value> {
        if !Value::both_small_ints(a, b) {
            return None;
        }
        let s = op((a.0 << 16) as i64, (b.0 << 16) as i64)?;
        Some(Value(((s as u64) >> 16) | TAG_INT))
    }

    /// How two small ints compare (None when either is not one): their payloads, moved
    /// to the top 48 bits, compare as signed words.
    #[inline(always)]
    pub fn small_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
        if !Value::both_small_ints(a, b) {
            return None;
        }
        Some(((a.0 << 16) as i64).cmp(&((b.0 << 16) as i64)))
    }

    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Moves a heap object into a new value.
    pub fn from_obj(o: Obj) -> Value {
        Value::from_ptr(objrc::alloc(o))
    }

    /// Moves a heap object into a new value whose allocation has a tail of `words` words
    /// (see objrc::alloc_with_tail): the value and the tail's address.
    pub fn from_obj_with_tail(o: Obj, words: usize) -> (Value, *mut u8) {
        let (p, tail) = objrc::alloc_with_tail(o, words);
        (Value::from_ptr(p), tail)
    }

    /// The value owning the strong count that `p` (from objrc) carries.
    fn from_ptr(p: *const Obj) -> Value {
        let p = p as u64;
        debug_assert!(p < FLOAT_OFFSET, "pointer wider than 48 bits");
        Value(p)
    }

    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }
    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.0.wrapping_sub(FLOAT_OFFSET) <= LAST_FLOAT - FLOAT_OFFSET
    }
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.0 < FLOAT_OFFSET
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == TAG_SPECIAL
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }
    #[inline(always)]
    pub fn is_unbound(&self) -> bool {
        self.0 == Value::UNBOUND.0
    }
    #[inline(always)]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0 - FLOAT_OFFSET))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            // Sign-extend the 48-bit payload.
            Some(((self.0 << 16) as i64) >> 16)
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn as_bool(&self) -> Option<bool> {
        if self.0 == Value::TRUE.0 {
            Some(true)
        } else if self.0 == Value::FALSE.0 {
            Some(false)
        } else {
            None
        }
    }

    /// The heap object, if this value is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.is_ptr() {
            // SAFETY: by the module invariant, a pointer value holds a strong count of
            // a live object, so the object outlives the borrow of `self`.
            Some(unsafe { &*(self.0 as *const Obj) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn kind(&self) -> Option<&Kind> {
        self.as_obj().map(|o| &o.kind)
    }

    /// Identity (`is`): the same word.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// `id()`: the word itself, which for a heap object is its address (stored as is) and
    /// for an inline value a stable number.
    pub fn id(&self) -> u64 {
        self.0
    }

    /// A weak reference to a heap object (None for inline values).
    pub fn downgrade(&self) -> Option<WeakObj> {
        if self.is_ptr() {
            // SAFETY: see `as_obj`: the value holds a strong count.
            Some(unsafe { objrc::downgrade(self.0 as *const Obj) })
        } else {
            None
        }
    }

    /// The object behind a weak reference, if it is still alive.
    pub fn from_weak(w: &WeakObj) -> Option<Value> {
        w.upgrade().map(Value::from_ptr)
    }

    /// Marks a heap object as the cycle collector's working-set member `pos` (see
    /// `objrc::gc_mark`): the weak word to give back to `gc_unmark`, or None if it is an
    /// inline value or marked already.
    #[inline]
    pub(crate) fn gc_mark(&self, pos: usize) -> Option<u32> {
        if self.is_ptr() {
            // SAFETY: see `as_obj`: the value holds a strong count.
            unsafe { objrc::gc_mark(self.0 as *const Obj, pos) }
        } else {
            None
        }
    }

    /// The working-set position of a heap object the collector has marked.
    #[inline(always)]
    pub(crate) fn gc_position(&self) -> Option<usize> {
        if self.is_ptr() {
            // SAFETY: see `as_obj`: the value holds a strong count.
            unsafe { objrc::gc_position(self.0 as *const Obj) }
        } else {
            None
        }
    }

    /// Ends `gc_mark`'s mark, putting back the weak word it returned.
    #[inline]
    pub(crate) fn gc_unmark(&self, saved: u32) {
        if self.is_ptr() {
            // SAFETY: see `as_obj`: the value holds a strong count.
            unsafe { objrc::gc_unmark(self.0 as *const Obj, saved) }
        }
    }

    /// The number of strong references to a heap object (1 for inline values).
    pub fn refcount(&self) -> usize {
        if self.is_ptr() {
            // SAFETY: see `as_obj`: the value holds a strong count.
            unsafe { objrc::strong_count(self.0 as *const Obj) }
        } else {
            1
        }
    }
}

impl Value {
    /// A clone of the value unless it is UNBOUND (an unset slot): tested in that order, so
    /// that a heap value (the usual attribute) is told apart by one comparison.
    #[inline(always)]
    pub fn clone_bound(&self) -> Option<Value> {
        if self.is_ptr() {
            // SAFETY: as in `clone`.
            unsafe { objrc::inc_strong(self.0 as *const Obj) };
            Some(Value(self.0))
        } else if self.is_unbound() {
            None
        } else {
            Some(Value(self.0))
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: the value holds a strong count, so the object is live; we add one for
            // the copy.
            unsafe { objrc::inc_strong(self.0 as *const Obj) };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: the value owns one strong count, released exactly once here.
            unsafe { objrc::dec_strong(self.0 as *const Obj) };
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NONE
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(x) = self.as_float() {
            write!(f, "Float({x})")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "Int({i})")
        } else if self.is_none() {
            write!(f, "None")
        } else if let Some(b) = self.as_bool() {
            write!(f, "{}", if b { "True" } else { "False" })
        } else if self.is_unbound() {
            write!(f, "<unbound>")
        } else {
            write!(f, "Obj({:#x})", self.id())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_arithmetic_agrees_with_i64() {
        let edge = [
            SMALL_MIN,
            SMALL_MIN + 1,
            -2,
            -1,
            0,
            1,
            2,
            SMALL_MAX - 1,
            SMALL_MAX,
        ];
        for &i in &edge {
            for &j in &edge {
                let (a, b) = (Value::small_int(i), Value::small_int(j));
                let fits = |r: i64| Value::fits_small(r).then(|| Value::small_int(r).0);
                assert_eq!(
                    Value::small_add(&a, &b).map(|v| v.0),
                    fits(i + j),
                    "{i} + {j}"
                );
                assert_eq!(
                    Value::small_sub(&a, &b).map(|v| v.0),
                    fits(i - j),
                    "{i} - {j}"
                );
                assert_eq!(Value::small_cmp(&a, &b), Some(i.cmp(&j)), "{i} cmp {j}");
            }
        }
        // Anything not a small int on either side is left to the general paths.
        let others = [
            Value::float(1.5),
            Value::float(f64::NEG_INFINITY),
            Value::float(f64::NAN),
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::UNBOUND,
        ];
        for o in &others {
            for v in [Value::small_int(3), Value::small_int(-1)] {
                assert!(!Value::both_small_ints(o, &v) && !Value::both_small_ints(&v, o));
                assert!(Value::small_add(o, &v).is_none() && Value::small_cmp(&v, o).is_none());
            }
        }
    }

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
    }

    #[test]
    fn floats_round_trip() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -1e308,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().unwrap().to_bits(), f.to_bits());
        }
        let nan = Value::float(-f64::NAN);
        assert!(nan.as_float().unwrap().is_nan());
        assert!(!nan.is_small_int() && !nan.is_ptr());
    }

    #[test]
    fn small_ints_sign_extend() {
        for i in [0, 1, -1, 42, SMALL_MIN, SMALL_MAX, -123_456_789_012] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(!Value::fits_small(SMALL_MAX + 1));
        assert!(!Value::fits_small(SMALL_MIN - 1));
    }

    #[test]
    fn wide_ints_are_not_cut() {
        for i in [SMALL_MAX + 1, SMALL_MIN - 1, 1 << 61, i64::MIN] {
            let v = Value::small_int(i);
            assert!(!v.is_small_int());
            assert!(matches!(v.kind(), Some(Kind::Int(b)) if *b == num_bigint::BigInt::from(i)));
        }
    }

    #[test]
    fn specials_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::UNBOUND];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a.is(b));
            }
        }
    }

    #[test]
    fn heap_refcounts() {
        let v = Value::from_obj(Obj::new(Kind::Str(crate::object::PyStr::new("hi"))));
        assert_eq!(v.refcount(), 1);
        let w = v.clone();
        assert_eq!(v.refcount(), 2);
        drop(w);
        assert_eq!(v.refcount(), 1);
    }
}
