//! Generic operations on values — the abstract object protocol: binary and unary operators
//! with `__op__`/`__rop__`/`__iop__` and NotImplemented rules, rich comparison, truth,
//! hashing, length, containment, calls. Builtin types take fast native paths; user classes
//! dispatch to their dunder methods.

pub mod attr;
pub mod cmp;
pub mod item;
pub mod iter;
pub mod near_div;
pub mod num;
pub mod repr;

use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::{Exc, Kind, Obj, PyResult};
use crate::typeobj::{is_subtype, lookup};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;
use num::{float_op, int_from_big, int_op, is_int, to_big, to_f64};

impl Runtime {
    /// Calls the dunder `name` found on `obj`'s type, if the type defines it.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        let Some(f) = lookup(&t, name) else {
            return Ok(None);
        };
        if f.is_none() {
            return Ok(None);
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        match f.kind() {
            Some(Kind::Function(_)) | Some(Kind::Builtin(_)) => self.call(&f, &full, &[]).map(Some),
            _ => {
                let bound = self.bind_descriptor(&f, Some(obj), &t)?;
                self.call(&bound, args, &[]).map(Some)
            }
        }
    }

    fn is_user(&self, v: &Value) -> bool {
        matches!(v.kind(), Some(Kind::Instance(_)) | Some(Kind::Type(_)))
    }

    /// `a <op> b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        if !self.is_user(a) && !self.is_user(b) {
            if let Some(v) = self.builtin_binop(op, a, b)? {
                return Ok(v);
            }
            return Err(self.unsupported(op, a, b));
        }
        let (fwd, rev, _) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(&tb);
        // A subclass's reflected method goes first when it overrides the left type's
        // (and then it is not tried again).
        let mut rev_tried = false;
        if !same && is_subtype(&tb, &ta) {
            if let Some(rb) = lookup(&tb, rev) {
                if !lookup(&ta, rev).is_some_and(|ra| ra.is(&rb)) {
                    rev_tried = true;
                    if let Some(r) = self.call_dunder(b, rev, std::slice::from_ref(a))? {
                        if !r.is(&self.not_implemented) {
                            return Ok(r);
                        }
                    }
                }
            }
        }
        if self.is_user(a) {
            if let Some(r) = self.call_dunder(a, fwd, std::slice::from_ref(b))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        } else if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(v);
        } else if let Some(pb) = crate::typeobj::builtin_payload(b).cloned() {
            // `1.5 + M(2)` for M(int): float's operator takes the int inside M first
            // (but int's does not take a float: `1 / F(2.0)` goes to F's methods).
            let outranked = matches!(
                (
                    crate::types::slots::numeric_rank(a),
                    crate::types::slots::numeric_rank(&pb)
                ),
                (Some(x), Some(y)) if y > x
            );
            if !self.is_user(&pb) && !outranked {
                if let Some(v) = self.builtin_binop(op, a, &pb)? {
                    return Ok(v);
                }
            }
        }
        if !same && !rev_tried {
            if self.is_user(b) {
                if let Some(r) = self.call_dunder(b, rev, std::slice::from_ref(a))? {
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                }
            } else if let Some(v) = self.builtin_binop(op, a, b)? {
                return Ok(v);
            }
        }
        // Subclasses of builtin types: the builtin operator on their values.
        let pa = crate::typeobj::builtin_payload(a).cloned();
        let pb = crate::typeobj::builtin_payload(b).cloned();
        if pa.is_some() || pb.is_some() {
            let x = pa.unwrap_or_else(|| a.clone());
            let y = pb.unwrap_or_else(|| b.clone());
            if !self.is_user(&x) && !self.is_user(&y) {
                if let Some(v) = self.builtin_binop(op, &x, &y)? {
                    return Ok(v);
                }
            }
        }
        // `"ab" * n` where n has __index__.
        if op == BinOp::Mul {
            let seq = |v: &Value| {
                matches!(
                    v.kind(),
                    Some(
                        Kind::Str(_)
                            | Kind::List(_)
                            | Kind::Tuple(_)
                            | Kind::Bytes(_)
                            | Kind::ByteArray(_)
                    )
                )
            };
            let indexable = |rt: &Runtime, v: &Value| {
                matches!(v.kind(), Some(Kind::Instance(_)))
                    && lookup(&rt.type_of(v), "__index__").is_some()
            };
            if seq(a) && indexable(self, b) {
                let n = num::int_from_i64(self.index_of(b)?);
                return self.repeat(a, &n);
            }
            if seq(b) && indexable(self, a) {
                let n = num::int_from_i64(self.index_of(a)?);
                return self.repeat(b, &n);
            }
        }
        Err(self.unsupported(op, a, b))
    }

    /// `a <op>= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult {
        match (op, a.kind()) {
            (BinOp::Add, Some(Kind::List(l))) => {
                let items = self.to_vec(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Some(Kind::List(l))) => {
                let n = self.index_of(b)?;
                let cur = l.borrow().clone();
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(cur.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            // |=, -= and ^= with a set work in place as CPython's do (so deleted slots
            // and reinsertions leave the same table layout); &= builds a new table.
            (BinOp::Or | BinOp::Sub | BinOp::Xor, Some(Kind::Set(dst)))
                if matches!(b.kind(), Some(Kind::Set(_)) | Some(Kind::FrozenSet(_))) =>
            {
                if a.is(b) {
                    match op {
                        BinOp::Or => {}
                        _ => dst.borrow_mut().clear(),
                    }
                    return Ok(a.clone());
                }
                let other: Vec<(i64, Value)> = match b.kind() {
                    Some(Kind::Set(t)) => t
                        .borrow()
                        .iter_hashed()
                        .map(|(h, k)| (h, k.clone()))
                        .collect(),
                    Some(Kind::FrozenSet(t)) => {
                        t.iter_hashed().map(|(h, k)| (h, k.clone())).collect()
                    }
                    _ => Vec::new(),
                };
                match op {
                    BinOp::Or => crate::types::set::update_internal(self, dst, b)?,
                    BinOp::Sub => {
                        for (_, k) in other {
                            crate::set::discard(self, dst, &k)?;
                        }
                    }
                    _ => {
                        for (h, k) in other {
                            if !crate::set::discard(self, dst, &k)? {
                                crate::set::add_hashed(self, dst, k, h)?;
                            }
                        }
                    }
                }
                return Ok(a.clone());
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Kind::Set(_))) => {
                if matches!(b.kind(), Some(Kind::Set(_)) | Some(Kind::FrozenSet(_))) {
                    let r = self.binary_op(op, a, b)?;
                    if let (Some(Kind::Set(dst)), Some(Kind::Set(src))) = (a.kind(), r.kind()) {
                        let t = src.borrow().clone();
                        *dst.borrow_mut() = t;
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::Or, Some(Kind::Dict(_))) => {
                crate::types::dict::update_from(self, a, b)?;
                return Ok(a.clone());
            }
            (BinOp::Add, Some(Kind::ByteArray(x))) => {
                if let Some(y) = crate::types::bytes_like(b) {
                    if !y.is_empty() {
                        crate::types::memoryview::check_resizable(self, a)?;
                    }
                    x.borrow_mut().extend_from_slice(&y);
                    return Ok(a.clone());
                }
            }
            (BinOp::Mul, Some(Kind::ByteArray(x))) if is_int(b) => {
                let n = self.index_of(b)?.max(0) as usize;
                if x.borrow()
                    .len()
                    .checked_mul(n)
                    .is_none_or(|t| t > (1 << 34))
                {
                    return Err(self.new_exc("MemoryError", ""));
                }
                if n != 1 && !x.borrow().is_empty() {
                    crate::types::memoryview::check_resizable(self, a)?;
                }
                let rep = x.borrow().repeat(n);
                *x.borrow_mut() = rep;
                return Ok(a.clone());
            }
            _ => {}
        }
        if self.is_user(a) {
            let (_, _, iname) = op.dunders();
            if let Some(r) = self.call_dunder(a, iname, std::slice::from_ref(b))? {
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
            // list/set/dict subclasses mutate their builtin value in place (unless their
            // own in-place method declined with NotImplemented: then `a = a + b`).
            let own = lookup(&self.type_of(a), iname)
                .is_some_and(|f| matches!(f.kind(), Some(Kind::Function(_))));
            if let (false, Some(p)) = (own, crate::typeobj::builtin_payload(a).cloned()) {
                if matches!(p.kind(), Some(Kind::List(_) | Kind::Set(_) | Kind::Dict(_))) {
                    let bb = crate::typeobj::builtin_payload(b)
                        .cloned()
                        .unwrap_or_else(|| b.clone());
                    let r = self.inplace_op(op, &p, &bb)?;
                    return Ok(if r.is(&p) { a.clone() } else { r });
                }
            }
        }
        self.binary_op(op, a, b).map_err(|e| {
            if self.exc_matches(&e, "TypeError") && crate::exceptions::args_of(&e.0).len() == 1 {
                let msg = format!(
                    "unsupported operand type(s) for {}=: '{}' and '{}'",
                    op.symbol().trim_end_matches(" or pow()"),
                    self.type_name(a),
                    self.type_name(b)
                );
                if self
                    .str_of(&crate::exceptions::args_of(&e.0)[0])
                    .map(|s| s.starts_with("unsupported operand"))
                    .unwrap_or(false)
                {
                    return self.type_error(&msg);
                }
            }
            e
        })
    }

    pub fn unsupported(&mut self, op: BinOp, a: &Value, b: &Value) -> Exc {
        let seq = |v: &Value| {
            matches!(
                v.kind(),
                Some(
                    Kind::Str(_)
                        | Kind::List(_)
                        | Kind::Tuple(_)
                        | Kind::Bytes(_)
                        | Kind::ByteArray(_)
                )
            )
        };
        // (A subclass of list/str/tuple on the left is refused as its base type.)
        let a_base = crate::typeobj::builtin_payload(a).unwrap_or(a).clone();
        if op == BinOp::Add
            && matches!(
                a_base.kind(),
                Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_))
            )
        {
            let ta = self.type_name(&a_base);
            let msg = format!(
                "can only concatenate {ta} (not \"{}\") to {ta}",
                self.type_name(b)
            );
            return self.type_error(&msg);
        }
        if op == BinOp::Mul && (seq(a) || seq(b)) {
            let other = if seq(a) { b } else { a };
            let msg = format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            );
            return self.type_error(&msg);
        }
        let msg = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        );
        self.type_error(&msg)
    }

    /// Operators between builtin values; `None` when the types do not support `op`.
    pub fn builtin_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if is_int(a) && is_int(b) {
            return int_op(self, op, a, b);
        }
        if (a.is_float() || is_int(a)) && (b.is_float() || is_int(b)) {
            return float_op(self, op, a, b);
        }
        if let (Some(Kind::Complex(..)), _) | (_, Some(Kind::Complex(..))) = (a.kind(), b.kind()) {
            // Not a number on the other side (`'%s' % 1j`): the other rules below.
            if let Some(r) = crate::types::complex::complex_op(self, op, a, b)? {
                return Ok(Some(r));
            }
        }
        match (op, a.kind(), b.kind()) {
            (BinOp::Add, Some(Kind::Str(x)), Some(Kind::Str(y))) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Ok(Some(self.new_string(s)))
            }
            (BinOp::Add, Some(Kind::List(x)), Some(Kind::List(y))) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(self.new_list(v)))
            }
            (BinOp::Add, Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(self.new_tuple(v)))
            }
            (BinOp::Add, Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(self.new_bytes(v)))
            }
            // bytes/bytearray + any bytes-like: the type of the left operand.
            (BinOp::Add, Some(Kind::Bytes(_) | Kind::ByteArray(_)), _) => {
                let Some(y) = crate::types::bytes_like(b) else {
                    if matches!(b.kind(), Some(Kind::Instance(_))) {
                        return Ok(None);
                    }
                    let msg = format!(
                        "can't concat {} to {}",
                        self.type_name(b),
                        self.type_name(a)
                    );
                    return Err(self.type_error(&msg));
                };
                let mut v = crate::types::bytes_like(a).unwrap_or_default();
                v.extend_from_slice(&y);
                Ok(Some(match a.kind() {
                    Some(Kind::ByteArray(_)) => crate::types::new_bytearray(v),
                    _ => self.new_bytes(v),
                }))
            }
            (
                BinOp::Mul,
                Some(
                    Kind::Str(_)
                    | Kind::List(_)
                    | Kind::Tuple(_)
                    | Kind::Bytes(_)
                    | Kind::ByteArray(_),
                ),
                _,
            ) if is_int(b) => self.repeat(a, b).map(Some),
            (
                BinOp::Mul,
                _,
                Some(
                    Kind::Str(_)
                    | Kind::List(_)
                    | Kind::Tuple(_)
                    | Kind::Bytes(_)
                    | Kind::ByteArray(_),
                ),
            ) if is_int(a) => self.repeat(b, a).map(Some),
            (BinOp::Mod, Some(Kind::Str(_)), _) => {
                crate::types::str::percent_format(self, a, b).map(Some)
            }
            (BinOp::Mod, Some(Kind::Bytes(f)), _) => {
                let out = crate::types::str_format::bytes_percent_format(self, f, b)?;
                Ok(Some(self.new_bytes(out)))
            }
            (BinOp::Mod, Some(Kind::ByteArray(f)), _) => {
                let f = f.borrow().clone();
                let out = crate::types::str_format::bytes_percent_format(self, &f, b)?;
                Ok(Some(crate::types::new_bytearray(out)))
            }
            (_, Some(Kind::DictView(..)), _) | (_, _, Some(Kind::DictView(..))) => {
                crate::types::set::view_binop(self, op, a, b)
            }
            (
                _,
                Some(Kind::Set(_) | Kind::FrozenSet(_)),
                Some(Kind::Set(_) | Kind::FrozenSet(_)),
            ) => crate::types::set::set_binop(self, op, a, b),
            (BinOp::Or, Some(Kind::Dict(x)), Some(Kind::Dict(_))) => {
                let d = x.borrow().clone();
                let r = self.new_dict(d);
                crate::types::dict::update_from(self, &r, b)?;
                Ok(Some(r))
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult {
        let n = match to_big(n).and_then(|b| b.to_i64()) {
            Some(n) => n.max(0) as usize,
            None => {
                if to_big(n).is_some_and(|b| b.is_negative()) {
                    0
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
        };
        let unit = match seq.kind() {
            Some(Kind::Str(s)) => s.s.len(),
            Some(Kind::List(l)) => l.borrow().len(),
            Some(Kind::Tuple(t)) => t.len(),
            Some(Kind::Bytes(b)) => b.len(),
            Some(Kind::ByteArray(b)) => b.borrow().len(),
            _ => 0,
        };
        if unit > 0 && n.checked_mul(unit).is_none_or(|t| t > (1 << 34)) {
            return Err(self.new_exc("MemoryError", ""));
        }
        Ok(match seq.kind() {
            Some(Kind::Str(s)) => self.new_string(s.s.as_str().repeat(n)),
            Some(Kind::List(l)) => {
                let src = l.borrow();
                let mut v = Vec::with_capacity(src.len() * n);
                for _ in 0..n {
                    v.extend(src.iter().cloned());
                }
                self.new_list(v)
            }
            Some(Kind::Tuple(t)) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                self.new_tuple(v)
            }
            Some(Kind::Bytes(b)) => self.new_bytes(b.repeat(n)),
            Some(Kind::ByteArray(b)) => crate::types::new_bytearray(b.borrow().repeat(n)),
            _ => unreachable!("checked by caller"),
        })
    }

    pub fn neg(&mut self, v: &Value) -> PyResult {
        if let Some(i) = num::to_i64(v) {
            return Ok(match i.checked_neg() {
                Some(n) => num::int_from_i64(n),
                None => int_from_big(-to_big(v).unwrap_or_default()),
            });
        }
        if let Some(f) = v.as_float() {
            return Ok(Value::float(-f));
        }
        match v.kind() {
            Some(Kind::Int(b)) => Ok(int_from_big(-b.clone())),
            Some(Kind::Complex(r, i)) => Ok(Value::from_obj(Obj::new(Kind::Complex(-r, -i)))),
            _ => self.unary_dunder(v, "__neg__", "-"),
        }
    }
    pub fn pos(&mut self, v: &Value) -> PyResult {
        if let Some(b) = v.as_bool() {
            return Ok(Value::small_int(b as i64));
        }
        if v.is_float() || is_int(v) || matches!(v.kind(), Some(Kind::Complex(..))) {
            return Ok(v.clone());
        }
        self.unary_dunder(v, "__pos__", "+")
    }
    pub fn invert(&mut self, v: &Value) -> PyResult {
        if let Some(b) = to_big(v) {
            return Ok(int_from_big(-b - 1));
        }
        self.unary_dunder(v, "__invert__", "~")
    }
    fn unary_dunder(&mut self, v: &Value, name: &str, sym: &str) -> PyResult {
        if let Some(r) = self.call_dunder(v, name, &[])? {
            return Ok(r);
        }
        // Subclasses of int/float/complex: the operator on their builtin value.
        if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
            return match name {
                "__neg__" => self.neg(&p),
                "__pos__" => self.pos(&p),
                _ => self.invert(&p),
            };
        }
        let msg = format!("bad operand type for unary {sym}: '{}'", self.type_name(v));
        Err(self.type_error(&msg))
    }

    /// Truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(t) = plain_truth(v) {
            return Ok(t);
        }
        Ok(match v.kind() {
            Some(Kind::List(l)) => !l.borrow().is_empty(),
            Some(Kind::Tuple(t)) => !t.is_empty(),
            Some(Kind::Dict(d)) => !d.borrow().is_empty(),
            Some(Kind::Set(s)) => !s.borrow().is_empty(),
            Some(Kind::FrozenSet(s)) => !s.is_empty(),
            Some(Kind::Bytes(b)) => !b.is_empty(),
            Some(Kind::ByteArray(b)) => !b.borrow().is_empty(),
            Some(Kind::Complex(r, i)) => *r != 0.0 || *i != 0.0,
            // (A range's length may not fit a machine word: only its sign matters.)
            Some(Kind::Range(r)) => !crate::types::range::range_len(r).is_zero(),
            Some(Kind::DictView(..)) => self.len(v)? != 0,
            Some(Kind::Native(..)) => {
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
            // Classes are true unless their metaclass says otherwise.
            Some(Kind::Type(_)) if self.type_of(v).is(&self.types.type_) => true,
            Some(Kind::Instance(_)) | Some(Kind::Type(_)) => {
                // `__bool__ = None` makes bool() fail as calling None does.
                let t = self.type_of(v);
                if lookup(&t, "__bool__").is_some_and(|f| f.is_none()) {
                    return Err(self.type_error("'NoneType' object is not callable"));
                }
                if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                    return match r.as_bool() {
                        Some(b) => Ok(b),
                        None => {
                            let msg = format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            );
                            Err(self.type_error(&msg))
                        }
                    };
                }
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
                    return self.truthy(&p);
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let n = match v.kind() {
            Some(Kind::Str(s)) => s.chars,
            Some(Kind::List(l)) => l.borrow().len(),
            Some(Kind::Tuple(t)) => t.len(),
            Some(Kind::Dict(d)) => d.borrow().len(),
            Some(Kind::Set(s)) => s.borrow().len(),
            Some(Kind::FrozenSet(s)) => s.len(),
            Some(Kind::Bytes(b)) => b.len(),
            Some(Kind::ByteArray(b)) => b.borrow().len(),
            Some(Kind::Range(r)) => {
                let n = crate::types::range::range_len(r);
                match n.to_usize() {
                    Some(n) if n <= i64::MAX as usize => n,
                    _ => {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        )
                    }
                }
            }
            Some(Kind::Instance(_)) | Some(Kind::Type(_)) | Some(Kind::Native(..)) => {
                let Some(r) = self.call_dunder(v, "__len__", &[])? else {
                    if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
                        return self.len(&p);
                    }
                    return Err(self.no_len(v));
                };
                self.len_result(&r)?
            }
            Some(Kind::DictView(d, _)) => match d.kind() {
                Some(Kind::Dict(d)) => d.borrow().len(),
                _ => 0,
            },
            _ => return Err(self.no_len(v)),
        };
        Ok(n)
    }

    /// What a `__len__` returned, checked as CPython checks it.
    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        let Some(b) = to_big(r).or_else(|| crate::typeobj::builtin_payload(r).and_then(to_big))
        else {
            if matches!(r.kind(), Some(Kind::Instance(_))) {
                let n = self.index_of(r)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                return Ok(n as usize);
            }
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            );
            return Err(self.type_error(&msg));
        };
        if b.is_negative() {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        match b.to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    fn no_len(&mut self, v: &Value) -> Exc {
        let msg = format!("object of type '{}' has no len()", self.type_name(v));
        self.type_error(&msg)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::hash::*;
        if let Some(i) = v.as_small_int() {
            return Ok(int_hash(i));
        }
        if let Some(f) = v.as_float() {
            return Ok(float_hash(f));
        }
        if let Some(b) = v.as_bool() {
            return Ok(b as i64);
        }
        match v.kind() {
            None => Ok(0x5f3759df),
            Some(Kind::Str(s)) => Ok(pystr_hash(s)),
            Some(Kind::Int(b)) => Ok(bigint_hash(b)),
            Some(Kind::Bytes(b)) => Ok(bytes_hash(b)),
            Some(Kind::Tuple(t)) => {
                let mut h = TupleHasher::new();
                for x in t.iter() {
                    h.add(self.hash(x)?);
                }
                Ok(h.finish())
            }
            Some(Kind::FrozenSet(s)) => {
                let mut acc: u64 = 0;
                for (h, _) in s.iter_hashed() {
                    let h = h as u64;
                    acc ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
                }
                acc ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                acc ^= (acc >> 11) ^ (acc >> 25);
                acc = acc.wrapping_mul(69069).wrapping_add(907133923);
                Ok(if acc as i64 == -1 {
                    590923713
                } else {
                    acc as i64
                })
            }
            // Equal code objects hash equal (name, first line and instruction count).
            Some(Kind::Code(c)) => {
                let c = &c.code;
                let h = crate::hash::str_hash(&c.name) as u64
                    ^ (c.firstlineno as u64).wrapping_mul(1_000_003)
                    ^ (c.instrs.len() as u64).wrapping_mul(0x9e37_79b9);
                let h = h as i64;
                Ok(if h == -1 { -2 } else { h })
            }
            Some(Kind::Complex(r, i)) => {
                let h = float_hash(*r) as u64;
                let hi = float_hash(*i) as u64;
                let c = h.wrapping_add(1_000_003u64.wrapping_mul(hi)) as i64;
                Ok(if c == -1 { -2 } else { c })
            }
            Some(Kind::List(_))
            | Some(Kind::Dict(_))
            | Some(Kind::Set(_))
            | Some(Kind::ByteArray(_))
            | Some(Kind::DictView(_, 0 | 2)) => Err(self.unhashable(v)),
            // A mappingproxy hashes as its mapping.
            Some(Kind::DictView(d, 3)) => {
                let d = d.clone();
                self.hash(&d)
            }
            Some(Kind::Slice(s)) => {
                // Python 3.12: the tuple hash combiner over (start, stop, step), without
                // the tuple's length term.
                let mut hs = Vec::with_capacity(3);
                for x in s.iter() {
                    hs.push(self.hash(x)?);
                }
                Ok(crate::hash::slice_hash(&hs))
            }
            Some(Kind::Range(r)) => {
                // CPython: hash((len, start, step)) with None for what len makes irrelevant.
                let len = crate::types::range::range_len(r);
                let lenv = num::int_from_big(len.clone());
                let t = if len.is_zero() {
                    self.new_tuple(vec![lenv, Value::NONE, Value::NONE])
                } else if len == num_bigint::BigInt::from(1) {
                    self.new_tuple(vec![lenv, r.start.clone(), Value::NONE])
                } else {
                    self.new_tuple(vec![lenv, r.start.clone(), r.step.clone()])
                };
                self.hash(&t)
            }
            Some(Kind::Instance(_)) | Some(Kind::Type(_)) => {
                let t = self.type_of(v);
                // (A class whose MRO sets no __hash__, known once per type epoch, needs no
                // lookup.)
                let own = crate::typeobj::attr_hooks(self, &t) & crate::typeobj::HOOK_HASH != 0;
                match if own { lookup(&t, "__hash__") } else { None } {
                    Some(f) if f.is_none() => Err(self.unhashable(v)),
                    Some(f) if matches!(f.kind(), Some(Kind::Function(_))) => {
                        let r = self.call(&f, std::slice::from_ref(v), &[])?;
                        // As CPython's slot_tp_hash: a result that fits in a machine word is
                        // used as is (-1 becomes -2); a bigger int is hashed as an int.
                        match to_big(&r) {
                            Some(b) => Ok(match i64::try_from(&b) {
                                Ok(-1) => -2,
                                Ok(h) => h,
                                Err(_) => bigint_hash(&b),
                            }),
                            None => {
                                Err(self.type_error("__hash__ method should return an integer"))
                            }
                        }
                    }
                    _ if crate::typeobj::builtin_payload(v).is_some() => {
                        let p = crate::typeobj::builtin_payload(v)
                            .cloned()
                            .unwrap_or(Value::NONE);
                        // A subclass of an unhashable builtin is unhashable by its own name.
                        if matches!(
                            p.kind(),
                            Some(Kind::List(_) | Kind::Dict(_) | Kind::Set(_) | Kind::ByteArray(_))
                        ) {
                            return Err(self.unhashable(v));
                        }
                        self.hash(&p)
                    }
                    _ => Ok(identity_hash(v.id())),
                }
            }
            Some(Kind::Method(f, s)) => {
                // CPython's meth_hash: the identity of __self__ with the function's hash.
                let (f, s) = (f.clone(), s.clone());
                let x = s.id().rotate_right(4) as i64;
                let y = self.hash(&f)?;
                let h = x ^ y;
                Ok(if h == -1 { -2 } else { h })
            }
            Some(Kind::Native(..)) => {
                let t = self.type_of(v);
                match lookup(&t, "__hash__") {
                    Some(f) if !f.is_none() => {
                        let r = self.call(&f, std::slice::from_ref(v), &[])?;
                        Ok(to_big(&r).and_then(|b| b.to_i64()).unwrap_or(0))
                    }
                    Some(_) => Err(self.unhashable(v)),
                    None => Ok(v.id().rotate_right(4) as i64),
                }
            }
            Some(_) => Ok(identity_hash(v.id())),
        }
    }

    pub fn unhashable(&mut self, v: &Value) -> Exc {
        let msg = format!("unhashable type: '{}'", self.type_name(v));
        self.type_error(&msg)
    }

    /// An index-sized integer from an int or an object with `__index__`.
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        self.index_sized(v, false)
    }

    /// `index_of` as CPython's `Py_ssize_t` argument converter takes an index
    /// (`list.pop(i)`, `list.insert(i, x)`): an int too large for one, given or returned by
    /// `__index__`, is an OverflowError rather than an IndexError.
    pub fn ssize_of(&mut self, v: &Value) -> PyResult<i64> {
        self.index_sized(v, true)
    }

    fn index_sized(&mut self, v: &Value, overflow: bool) -> PyResult<i64> {
        if let Some(i) = num::to_i64(v) {
            return Ok(i);
        }
        if let Some(Kind::Int(_)) = v.kind() {
            if overflow {
                return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
            }
            let msg = format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(v)
            );
            return Err(self.new_exc("IndexError", &msg));
        }
        if let Some(r) = self.call_dunder(v, "__index__", &[])? {
            if !num::is_int(&r) {
                let tn = self.type_name(&r);
                return Err(self.type_error(&format!("__index__ returned non-int (type {tn})")));
            }
            return self.index_sized(&r, overflow);
        }
        if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
            if num::is_int(&p) {
                return self.index_sized(&p, overflow);
            }
        }
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        );
        Err(self.type_error(&msg))
    }

    /// The text of a str value.
    pub fn str_of(&mut self, v: &Value) -> PyResult<std::rc::Rc<str>> {
        match v.kind() {
            Some(Kind::Str(s)) => Ok(std::rc::Rc::from(&*s.s)),
            _ => {
                let msg = format!("expected str, got {}", self.type_name(v));
                Err(self.type_error(&msg))
            }
        }
    }

    /// `to_f64` for float(), math and friends.
    pub fn float_of(&mut self, v: &Value) -> PyResult<Option<f64>> {
        to_f64(self, v)
    }

    /// Calls any callable.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
        match f.kind() {
            Some(Kind::Builtin(b)) => {
                // (__new__ is a static method: it reports its own missing argument.)
                if b.owner.is_some() && b.bound.is_none() && args.is_empty() && b.name != "__new__"
                {
                    let msg = format!(
                        "unbound method {}.{}() needs an argument",
                        b.owner.unwrap_or("?"),
                        b.name
                    );
                    return Err(self.type_error(&msg));
                }
                if b.check_self {
                    self.check_descriptor_self(b, args)?;
                }
                // A builtin type's method called on an instance of a subclass acts on the
                // builtin value inside it.
                if let (Some(owner), Some(first)) = (b.owner, args.first()) {
                    if let Some(p) = crate::typeobj::builtin_payload(first) {
                        let t = self.type_of(p);
                        if crate::typeobj::as_type(&t).is_some_and(|t| *t.name.borrow() == owner) {
                            let mut full: smallvec::SmallVec<[Value; 4]> =
                                args.iter().cloned().collect();
                            full[0] = p.clone();
                            let r = (b.func)(self, &full, kw)?;
                            // `s.format()` without fields returns s itself, subclass and all.
                            if b.name == "format" && owner == "str" && r.is(p) {
                                return Ok(first.clone());
                            }
                            // A property subclass's getter/setter/deleter copy keeps the
                            // subclass: type(self)(fget, fset, fdel, doc).
                            if owner == "property"
                                && matches!(b.name, "getter" | "setter" | "deleter")
                            {
                                if let Some(Kind::Property(q)) = r.kind() {
                                    let slots = q.slots.clone();
                                    let t = self.type_of(first);
                                    return self.call(&t, &slots, &[]);
                                }
                            }
                            return Ok(r);
                        }
                    }
                }
                if let Some(bound) = &b.bound {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(bound.clone());
                    full.extend_from_slice(args);
                    return (b.func)(self, &full, kw);
                }
                (b.func)(self, args, kw)
            }
            Some(Kind::Function(_)) => (self.hooks.call_function)(self, f, args, kw),
            Some(Kind::Method(func, slf)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(slf.clone());
                full.extend_from_slice(args);
                let func = func.clone();
                self.call(&func, &full, kw)
            }
            // super(cls, obj) (what zero-argument super() compiles to): built directly.
            Some(Kind::Type(_)) if args.len() == 2 && kw.is_empty() && f.is(&self.types.super_) => {
                crate::types::ctors::super_of(self, &args[0], &args[1])
            }
            Some(Kind::Type(_)) => crate::typeobj::call_type(self, f, args, kw),
            Some(Kind::StaticMethod(inner)) => {
                let inner = inner.clone();
                self.call(&inner, args, kw)
            }
            _ => {
                let t = self.type_of(f);
                if let Some(c) = lookup(&t, "__call__") {
                    if c.is_none() {
                        let msg = format!("'{}' object is not callable", self.type_name(f));
                        return Err(self.type_error(&msg));
                    }
                    // A plain function gets the instance first; any other __call__ is a
                    // descriptor bound to it (`__call__ = SomeDescriptor()`).
                    if !matches!(c.kind(), Some(Kind::Function(_) | Kind::Builtin(_))) {
                        let bound = self.bind_descriptor(&c, Some(f), &t)?;
                        return self.call(&bound, args, kw);
                    }
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend_from_slice(args);
                    return self.call(&c, &full, kw);
                }
                let msg = format!("'{}' object is not callable", self.type_name(f));
                Err(self.type_error(&msg))
            }
        }
    }

    /// `list.append(5, 1)`: the first argument of an unbound builtin method must be an
    /// instance of its type.
    fn check_descriptor_self(
        &mut self,
        b: &crate::object::Builtin,
        args: &[Value],
    ) -> PyResult<()> {
        let Some(owner) = b.owner else { return Ok(()) };
        let ty = match self.builtins.kind() {
            Some(Kind::Dict(d)) => d.borrow().get_str(owner).cloned(),
            _ => None,
        };
        let Some(ty) = ty.filter(|t| matches!(t.kind(), Some(Kind::Type(_)))) else {
            return Ok(());
        };
        let Some(first) = args.first() else {
            return Ok(());
        };
        // Classmethod-style builtins (dict.fromkeys, __new__) take the class first.
        if b.name == "__new__"
            || matches!(first.kind(), Some(Kind::Type(_))) && crate::typeobj::is_subtype(first, &ty)
        {
            return Ok(());
        }
        if !self.isinstance_type(first, &ty) {
            let msg = format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                owner,
                self.type_name(first)
            );
            return Err(self.type_error(&msg));
        }
        Ok(())
    }

    pub fn is_callable(&self, f: &Value) -> bool {
        match f.kind() {
            Some(
                Kind::Builtin(_)
                | Kind::Function(_)
                | Kind::Method(..)
                | Kind::Type(_)
                | Kind::StaticMethod(_),
            ) => true,
            _ => lookup(&self.type_of(f), "__call__").is_some_and(|c| !c.is_none()),
        }
    }
}

/// The truth of `v` when finding it needs no Python code and no borrow: None, bools, ints,
/// floats and strs (the start of `Runtime::truthy`, and what consumers fed a generator's
/// items may decide on their own).
#[inline]
pub fn plain_truth(v: &Value) -> Option<bool> {
    if let Some(b) = v.as_bool() {
        return Some(b);
    }
    if v.is_none() {
        return Some(false);
    }
    if let Some(i) = v.as_small_int() {
        return Some(i != 0);
    }
    if let Some(f) = v.as_float() {
        return Some(f != 0.0);
    }
    match v.kind() {
        Some(Kind::Str(s)) => Some(!s.s.is_empty()),
        Some(Kind::Int(b)) => Some(!b.is_zero()),
        _ => None,
    }
}
