//! Rich comparison: numbers across int/float/bool, strings, bytes, sequences
//! (lexicographic), sets (subset order), and user `__eq__`/`__lt__`/... with reflection.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

use super::num::{big_ref, is_int, to_big};
use crate::object::{Kind, PyResult};
use crate::value::Value;
use crate::Runtime;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn holds_for(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// Exact comparison of an integer with a float.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(x) = i.to_i64() {
        if x.unsigned_abs() < (1 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

impl Runtime {
    /// Numeric ordering of two numbers (None: unordered, i.e. NaN; Err: not numbers).
    pub(crate) fn num_cmp(&mut self, a: &Value, b: &Value) -> Option<Option<Ordering>> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Some(Some(x.cmp(&y)));
        }
        if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
            return Some(x.partial_cmp(&y));
        }
        let ai = is_int(a);
        let bi = is_int(b);
        if ai && bi {
            return Some(Some(big_ref(a)?.cmp(&big_ref(b)?)));
        }
        if ai && b.is_float() {
            return Some(cmp_int_float(&*big_ref(a)?, b.as_float()?));
        }
        if a.is_float() && bi {
            return Some(cmp_int_float(&*big_ref(b)?, a.as_float()?).map(|o| o.reverse()));
        }
        None
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Containers compare by identity first, as CPython's PyObject_RichCompareBool does.
        if let Some(r) = crate::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(x < y);
        }
        let r = self.rich_compare(a, b, CmpOp::Lt)?;
        self.truthy(&r)
    }

    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `a <op> b`, returning the result object.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if let Some(o) = self.num_cmp(a, b) {
            return Ok(Value::bool(match o {
                Some(o) => op.holds_for(o),
                None => op == CmpOp::Ne,
            }));
        }
        let user = |v: &Value| {
            matches!(
                v.kind(),
                Some(Kind::Instance(_)) | Some(Kind::Type(_)) | Some(Kind::Native(..))
            )
        };
        if !user(a) && !user(b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::bool(r));
            }
        } else {
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && self.identity_eq_only(a)
                && self.identity_eq_only(b)
            {
                return Ok(Value::bool(a.is(b) == (op == CmpOp::Eq)));
            }
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !ta.is(&tb) && crate::typeobj::is_subtype(&tb, &ta);
            if reflected_first {
                if let Some(r) = self.try_cmp_dunder(b, a, op.swapped())? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.try_cmp_dunder(a, b, op)? {
                return Ok(r);
            }
            if !reflected_first {
                if let Some(r) = self.try_cmp_dunder(b, a, op.swapped())? {
                    return Ok(r);
                }
            }
            if !user(a) || !user(b) {
                if let Some(r) = self.builtin_compare(a, b, op)? {
                    return Ok(Value::bool(r));
                }
            }
            let pa = crate::typeobj::builtin_payload(a).cloned();
            let pb = crate::typeobj::builtin_payload(b).cloned();
            if pa.is_some() || pb.is_some() {
                let x = pa.unwrap_or_else(|| a.clone());
                let y = pb.unwrap_or_else(|| b.clone());
                if !user(&x) && !user(&y) {
                    return self.rich_compare(&x, &y, op);
                }
            }
        }
        self.compare_fallback(a, b, op)
    }

    /// Whether `v` is an instance that is equal only to itself: of a class none of whose
    /// MRO but object defines `__eq__` or `__ne__`, and not wrapping a builtin value. (Its
    /// `==` and `!=` with another such instance then come to identity without looking up
    /// the four methods CPython would try, all object's.)
    #[inline]
    fn identity_eq_only(&self, v: &Value) -> bool {
        match v.kind() {
            Some(Kind::Instance(i)) => {
                i.builtin().is_none()
                    && crate::typeobj::attr_hooks(self, &i.cls.get()) & crate::typeobj::HOOK_EQ == 0
            }
            _ => false,
        }
    }

    /// What a comparison no method answered gives: identity for == and !=, else
    /// TypeError.
    fn compare_fallback(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// The rest of `a <op> b` for two instances of the same class (no builtin value
    /// inside) once `a`'s own method returned NotImplemented: `b`'s reflected method, then
    /// identity or TypeError.
    pub fn compare_after_forward(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult {
        if let Some(r) = self.try_cmp_dunder(b, a, op.swapped())? {
            return Ok(r);
        }
        self.compare_fallback(a, b, op)
    }

    fn try_cmp_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if !matches!(
            a.kind(),
            Some(Kind::Instance(_)) | Some(Kind::Type(_)) | Some(Kind::Native(..))
        ) {
            return Ok(None);
        }
        let t = self.type_of(a);
        let Some((f, owner)) = crate::typeobj::lookup_with_owner(&t, op.dunder()) else {
            // A subclass of a builtin type inherits that type's own __ne__ (str.__ne__...),
            // which compares the builtin values: leave it to the builtin comparison.
            if op == CmpOp::Ne && crate::typeobj::builtin_payload(a).is_some() {
                return Ok(None);
            }
            // __ne__ defaults to the inverse of __eq__.
            if op == CmpOp::Ne {
                if let Some(r) = self.try_cmp_dunder(a, b, CmpOp::Eq)? {
                    if r.is(&self.not_implemented) {
                        return Ok(None);
                    }
                    let t = self.truthy(&r)?;
                    return Ok(Some(Value::bool(!t)));
                }
            }
            return Ok(None);
        };
        if owner.is(&self.types.object) || f.is_none() {
            return Ok(None);
        }
        let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
        if r.is(&self.not_implemented) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Comparisons between builtin values; `None` when not supported.
    pub(crate) fn builtin_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        match (a.kind(), b.kind()) {
            (Some(Kind::Str(x)), Some(Kind::Str(y))) => Ok(Some(op.holds_for(x.py_cmp(y)))),
            (Some(Kind::Code(x)), Some(Kind::Code(y))) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = Rc::ptr_eq(x, y) || x.code.same_as(&y.code);
                Ok(Some(same == (op == CmpOp::Eq)))
            }
            (Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) => Ok(Some(op.holds_for(x.cmp(y)))),
            (
                Some(Kind::Bytes(_) | Kind::ByteArray(_)),
                Some(Kind::Bytes(_) | Kind::ByteArray(_)),
            ) => {
                let x = crate::types::bytes_like(a).unwrap_or_default();
                let y = crate::types::bytes_like(b).unwrap_or_default();
                Ok(Some(op.holds_for(x.cmp(&y))))
            }
            // (Tuples cannot change meanwhile: compared in place.)
            (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => self.seq_compare(x, y, op).map(Some),
            (Some(Kind::List(x)), Some(Kind::List(y))) => self.list_compare(x, y, op).map(Some),
            (Some(Kind::Dict(_)), Some(Kind::Dict(_))) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let e = crate::types::dict::dict_eq(self, a, b)?;
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            (Some(Kind::Set(_) | Kind::FrozenSet(_)), Some(Kind::Set(_) | Kind::FrozenSet(_))) => {
                crate::types::set::set_compare(self, a, b, op).map(Some)
            }
            (Some(Kind::Complex(r1, i1)), Some(Kind::Complex(r2, i2)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let e = r1 == r2 && i1 == i2;
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            // Slices compare as (start, stop, step) tuples.
            (Some(Kind::Slice(x)), Some(Kind::Slice(y))) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_compare(&x, &y, op).map(Some)
            }
            // Bound methods: the same object bound to and equal functions.
            (Some(Kind::Method(f1, s1)), Some(Kind::Method(f2, s2)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let (f1, f2, same) = (f1.clone(), f2.clone(), s1.is(s2));
                let e = same && self.eq(&f1, &f2)?;
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            // complex == int/float: equal when the imaginary part is 0 and the real part
            // equals the number exactly.
            (Some(Kind::Complex(r, i)), _) | (_, Some(Kind::Complex(r, i)))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let other = if matches!(a.kind(), Some(Kind::Complex(..))) {
                    b
                } else {
                    a
                };
                if !(is_int(other) || other.is_float()) {
                    return Ok(None);
                }
                let re = Value::float(*r);
                let e = *i == 0.0 && self.num_cmp(&re, other) == Some(Some(Ordering::Equal));
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            (Some(Kind::Range(_)), Some(Kind::Range(_))) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                // Equal when they produce the same items: compared by length, first item
                // and step, never by enumerating them.
                let (Some(Kind::Range(x)), Some(Kind::Range(y))) = (a.kind(), b.kind()) else {
                    return Ok(None);
                };
                let (lx, ly) = (
                    crate::types::range::range_len(x),
                    crate::types::range::range_len(y),
                );
                let e = lx == ly
                    && (lx == num_bigint::BigInt::from(0)
                        || (to_big(&x.start) == to_big(&y.start)
                            && (lx == num_bigint::BigInt::from(1)
                                || to_big(&x.step) == to_big(&y.step))));
                Ok(Some(if op == CmpOp::Eq { e } else { !e }))
            }
            // A mappingproxy compares as its mapping.
            (Some(Kind::DictView(d, 3)), _) => {
                let d = d.clone();
                self.compare_bool(&d, b, op).map(Some)
            }
            (_, Some(Kind::DictView(d, 3))) => {
                let d = d.clone();
                self.compare_bool(a, &d, op).map(Some)
            }
            (Some(Kind::DictView(..)), _) | (_, Some(Kind::DictView(..))) => {
                crate::types::set::view_compare(self, a, b, op)
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic comparison of two sequences.
    /// Two lists compared item by item without copying them: each pair is read afresh,
    /// so an `__eq__` that changes a list sees (and is seen by) the comparison as CPython's
    /// `list_richcompare` does.
    fn list_compare(
        &mut self,
        x: &std::cell::RefCell<Vec<Value>>,
        y: &std::cell::RefCell<Vec<Value>>,
        op: CmpOp,
    ) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.borrow().len() != y.borrow().len() {
            return Ok(op == CmpOp::Ne);
        }
        let mut i = 0;
        loop {
            let pair = {
                let (xb, yb) = (x.borrow(), y.borrow());
                match (xb.get(i), yb.get(i)) {
                    (Some(p), Some(q)) => Some((p.clone(), q.clone())),
                    _ => None,
                }
            };
            let Some((p, q)) = pair else {
                break;
            };
            if !self.eq(&p, &q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(&p, &q, op),
                };
            }
            i += 1;
        }
        let (n, m) = (x.borrow().len(), y.borrow().len());
        Ok(op.holds_for(n.cmp(&m)))
    }

    pub fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(p, q, op),
                };
            }
        }
        Ok(op.holds_for(x.len().cmp(&y.len())))
    }
}
