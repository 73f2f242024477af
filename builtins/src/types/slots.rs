//! Builtin types' special methods as attributes: `int.__add__`, `[].__len__`,
//! `object.__eq__`, `super().__repr__()` in a subclass of a builtin. Operators never go
//! through these (they dispatch on the value's kind); the wrappers are made only when an
//! ordinary attribute lookup has found nothing, so they cost nothing on the fast paths.
//!
//! A wrapper works on the builtin value inside `self` (the value itself, or the payload of
//! an instance of a subclass) and returns NotImplemented where CPython's slot does.

use crate::object::NativeFn;
use crate::ops::cmp::CmpOp;
use crate::typeobj::{as_type, builtin_payload};
use crate::{Kind, PyResult, Runtime, Value};
use molt_bytecode::opcodes::BinOp;

type Kw<'a> = &'a [(Value, Value)];

/// Which builtin type's slots a type object offers.
#[derive(Clone, Copy, PartialEq)]
enum Cat {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    /// The builtin iterator types (list_iterator, map, zip...).
    Iter,
    /// Functions, staticmethod and classmethod objects: descriptors (`__get__`).
    Descriptor,
    /// None, NotImplemented and Ellipsis.
    Singleton,
}

fn category(rt: &Runtime, t: &Value) -> Option<Cat> {
    let ty = &rt.types;
    let table = [
        (&ty.object, Cat::Object),
        (&ty.int, Cat::Int),
        (&ty.bool_, Cat::Int),
        (&ty.float, Cat::Float),
        (&ty.complex, Cat::Complex),
        (&ty.str_, Cat::Str),
        (&ty.bytes, Cat::Bytes),
        (&ty.bytearray, Cat::ByteArray),
        (&ty.list, Cat::List),
        (&ty.tuple, Cat::Tuple),
        (&ty.dict, Cat::Dict),
        (&ty.set, Cat::Set),
        (&ty.frozenset, Cat::FrozenSet),
        (&ty.range, Cat::Range),
    ];
    if let Some(c) = table.iter().find(|(x, _)| x.is(t)).map(|(_, c)| *c) {
        return Some(c);
    }
    if ty.iterator.is(t) || ty.iterators.iter().any(|(_, x)| x.is(t)) {
        return Some(Cat::Iter);
    }
    if ty.function.is(t) || ty.staticmethod.is(t) || ty.classmethod.is(t) {
        return Some(Cat::Descriptor);
    }
    if ty.none.is(t) || ty.not_implemented.is(t) || ty.ellipsis.is(t) {
        return Some(Cat::Singleton);
    }
    None
}

const BINARY: [(&str, &str, BinOp); 13] = [
    ("__add__", "__radd__", BinOp::Add),
    ("__sub__", "__rsub__", BinOp::Sub),
    ("__mul__", "__rmul__", BinOp::Mul),
    ("__truediv__", "__rtruediv__", BinOp::TrueDiv),
    ("__floordiv__", "__rfloordiv__", BinOp::FloorDiv),
    ("__mod__", "__rmod__", BinOp::Mod),
    ("__pow__", "__rpow__", BinOp::Pow),
    ("__lshift__", "__rlshift__", BinOp::LShift),
    ("__rshift__", "__rrshift__", BinOp::RShift),
    ("__and__", "__rand__", BinOp::And),
    ("__or__", "__ror__", BinOp::Or),
    ("__xor__", "__rxor__", BinOp::Xor),
    ("__matmul__", "__rmatmul__", BinOp::MatMul),
];

/// The binary operators a category implements.
fn binary_ops(c: Cat) -> &'static [BinOp] {
    use BinOp::*;
    match c {
        Cat::Int => &[
            Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
        ],
        Cat::Float => &[Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow],
        Cat::Complex => &[Add, Sub, Mul, TrueDiv, Pow],
        Cat::Str | Cat::Bytes | Cat::ByteArray => &[Add, Mul, Mod],
        Cat::List | Cat::Tuple => &[Add, Mul],
        Cat::Dict => &[Or],
        Cat::Set | Cat::FrozenSet => &[And, Or, Sub, Xor],
        Cat::Object | Cat::Range | Cat::Iter | Cat::Descriptor | Cat::Singleton => &[],
    }
}

/// The reflected operators (`__radd__`...) a category implements.
fn reflected_ops(c: Cat) -> &'static [BinOp] {
    use BinOp::*;
    match c {
        Cat::Str | Cat::Bytes | Cat::ByteArray => &[Mul, Mod],
        Cat::List | Cat::Tuple => &[Mul],
        c => binary_ops(c),
    }
}

/// What a category's `name` slot is: a wrapper, None (`list.__hash__`), or absent.
enum Slot {
    Fn(NativeFn),
    None,
}

fn slot(c: Cat, name: &str) -> Option<Slot> {
    use Cat::*;
    let number = matches!(c, Int | Float | Complex);
    let sequence = matches!(c, Str | Bytes | ByteArray | List | Tuple | Range);
    let container = sequence || matches!(c, Dict | Set | FrozenSet);
    let mutable = matches!(c, ByteArray | List | Dict | Set);
    if let Some((fwd, _, op)) = BINARY.iter().find(|(f, r, _)| *f == name || *r == name) {
        let supported = if name == *fwd {
            binary_ops(c).contains(op)
        } else {
            reflected_ops(c).contains(op)
        };
        return if supported {
            binary_fn(name).map(Slot::Fn)
        } else {
            None
        };
    }
    let f: NativeFn = match name {
        "__eq__" => eq,
        "__ne__" => ne,
        "__lt__" => lt,
        "__le__" => le,
        "__gt__" => gt,
        "__ge__" => ge,
        "__hash__" if mutable => return Some(Slot::None),
        "__hash__" => hash,
        "__repr__" => repr,
        "__str__" if c == Object => obj_str,
        "__format__" if c == Object => obj_format,
        "__sizeof__" if c == Object => sizeof,
        "__getnewargs__" if number || matches!(c, Str | Bytes | Tuple) => getnewargs,
        "__format__" if number || c == Str => format,
        "__bool__" if number || c == Range || c == Singleton => bool_,
        "__reduce__" if c == Singleton => singleton_reduce,
        "__neg__" | "__pos__" | "__abs__" if number => match name {
            "__neg__" => neg,
            "__pos__" => pos,
            _ => abs,
        },
        "__invert__" if c == Int => invert,
        "__int__" | "__index__" if c == Int => int_,
        "__int__" if c == Float => int_,
        "__float__" if c == Int || c == Float => float_,
        "__complex__" if c == Complex => complex_,
        "__bytes__" if c == Bytes => bytes_,
        "__trunc__" | "__floor__" | "__ceil__" if c == Int => int_,
        "__trunc__" if c == Float => int_,
        "__round__" if c == Int || c == Float => round,
        "__divmod__" if c == Int || c == Float => divmod,
        "__rdivmod__" if c == Int || c == Float => rdivmod,
        "__get__" if c == Descriptor => descr_get,
        "__next__" if c == Iter => next,
        "__length_hint__" if c == Iter => length_hint,
        "__iter__" if c == Iter => iter_self,
        "__len__" if container => len,
        "__iter__" if container => iter,
        "__contains__" if container => contains,
        "__getitem__" if sequence || c == Dict => getitem,
        "__setitem__" if matches!(c, ByteArray | List | Dict) => setitem,
        "__delitem__" if matches!(c, ByteArray | List | Dict) => delitem,
        "__reversed__" if matches!(c, List | Dict | Range) => reversed,
        "__iadd__" | "__imul__" if matches!(c, List | ByteArray) => match name {
            "__iadd__" => iadd,
            _ => imul,
        },
        "__ior__" if matches!(c, Dict | Set) => ior,
        "__iand__" | "__isub__" | "__ixor__" if c == Set => match name {
            "__iand__" => iand,
            "__isub__" => isub,
            _ => ixor,
        },
        _ => return None,
    };
    Some(Slot::Fn(f))
}

/// `name` as a builtin slot of type `t` or the first builtin type in its MRO that has it.
pub fn lookup_slot(rt: &mut Runtime, t: &Value, name: &str) -> Option<Value> {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return None;
    }
    let mro = as_type(t)?.mro.borrow().clone();
    for m in &mro {
        let Some(c) = category(rt, m) else { continue };
        match slot(c, name) {
            Some(Slot::Fn(f)) => {
                let name: &'static str = intern_name(name)?;
                let key = (m.id(), name);
                if let Some(v) = rt.slot_cache.get(&key) {
                    return Some(v.clone());
                }
                let w = rt.new_method(static_name(c), name, f);
                rt.slot_cache.insert(key, w.clone());
                return Some(w);
            }
            Some(Slot::None) => return Some(Value::NONE),
            None => {}
        }
    }
    None
}

/// The slot names `dir()` lists for a builtin type (and types inheriting from it).
pub fn slot_names(rt: &Runtime, t: &Value) -> Vec<&'static str> {
    let mut out = Vec::new();
    let Some(tt) = as_type(t) else { return out };
    for m in tt.mro.borrow().iter() {
        if let Some(c) = category(rt, m) {
            for n in ALL_NAMES {
                if slot(c, n).is_some() && !out.contains(n) {
                    out.push(*n);
                }
            }
        }
    }
    out
}

fn static_name(c: Cat) -> &'static str {
    match c {
        Cat::Object => "object",
        Cat::Int => "int",
        Cat::Float => "float",
        Cat::Complex => "complex",
        Cat::Str => "str",
        Cat::Bytes => "bytes",
        Cat::ByteArray => "bytearray",
        Cat::List => "list",
        Cat::Tuple => "tuple",
        Cat::Dict => "dict",
        Cat::Set => "set",
        Cat::FrozenSet => "frozenset",
        Cat::Range => "range",
        Cat::Iter => "iterator",
        Cat::Descriptor => "function",
        Cat::Singleton => "object",
    }
}

const ALL_NAMES: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__matmul__",
    "__rmatmul__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__repr__",
    "__str__",
    "__format__",
    "__bool__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__int__",
    "__index__",
    "__float__",
    "__complex__",
    "__bytes__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__round__",
    "__sizeof__",
    "__length_hint__",
    "__reduce__",
    "__getnewargs__",
    "__divmod__",
    "__rdivmod__",
    "__len__",
    "__iter__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__reversed__",
    "__iadd__",
    "__imul__",
    "__ior__",
    "__iand__",
    "__isub__",
    "__ixor__",
    "__next__",
    "__get__",
];

fn intern_name(name: &str) -> Option<&'static str> {
    ALL_NAMES.iter().find(|n| **n == name).copied()
}

// ---- the wrappers ------------------------------------------------------------------------

/// The builtin value a wrapper works on.
fn value_of(v: &Value) -> Value {
    builtin_payload(v).cloned().unwrap_or_else(|| v.clone())
}

fn is_user(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Instance(_)) | Some(Kind::Type(_)))
}

fn args_n<'a>(rt: &mut Runtime, args: &'a [Value], n: usize) -> PyResult<&'a [Value]> {
    if args.len() != n {
        let msg = format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        );
        return Err(rt.type_error(&msg));
    }
    Ok(args)
}

/// The numeric tower position of a builtin number (int 0, float 1, complex 2): a number
/// type's slots handle operands up to their own rank (`int.__add__(1, 1.5)` is
/// NotImplemented, `float.__add__(1.5, 1)` is not).
pub fn numeric_rank(v: &Value) -> Option<u8> {
    if crate::ops::num::is_int(v) {
        Some(0)
    } else if v.is_float() {
        Some(1)
    } else if matches!(v.kind(), Some(Kind::Complex(..))) {
        Some(2)
    } else {
        None
    }
}

/// Whether a slot of `this` (a number) leaves `other` to the other operand's methods.
fn outranked(this: &Value, other: &Value) -> bool {
    matches!((numeric_rank(this), numeric_rank(other)), (Some(a), Some(b)) if b > a)
}

fn binary(rt: &mut Runtime, args: &[Value], op: BinOp, reflected: bool) -> PyResult {
    let a = args_n(rt, args, 2)?;
    let (x, y) = (value_of(&a[0]), value_of(&a[1]));
    if is_user(&x) || is_user(&y) || outranked(&x, &y) {
        return Ok(rt.not_implemented.clone());
    }
    let r = if reflected {
        rt.builtin_binop(op, &y, &x)
    } else {
        rt.builtin_binop(op, &x, &y)
    };
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(rt.not_implemented.clone()),
        Err(e) if rt.exc_matches(&e, "TypeError") => Ok(rt.not_implemented.clone()),
        Err(e) => Err(e),
    }
}

fn binary_fn(name: &str) -> Option<NativeFn> {
    Some(match name {
        "__add__" => |rt, a, _| binary(rt, a, BinOp::Add, false),
        "__radd__" => |rt, a, _| binary(rt, a, BinOp::Add, true),
        "__sub__" => |rt, a, _| binary(rt, a, BinOp::Sub, false),
        "__rsub__" => |rt, a, _| binary(rt, a, BinOp::Sub, true),
        "__mul__" => |rt, a, _| binary(rt, a, BinOp::Mul, false),
        "__rmul__" => |rt, a, _| binary(rt, a, BinOp::Mul, true),
        "__truediv__" => |rt, a, _| binary(rt, a, BinOp::TrueDiv, false),
        "__rtruediv__" => |rt, a, _| binary(rt, a, BinOp::TrueDiv, true),
        "__floordiv__" => |rt, a, _| binary(rt, a, BinOp::FloorDiv, false),
        "__rfloordiv__" => |rt, a, _| binary(rt, a, BinOp::FloorDiv, true),
        "__mod__" => |rt, a, _| binary(rt, a, BinOp::Mod, false),
        "__rmod__" => |rt, a, _| binary(rt, a, BinOp::Mod, true),
        "__pow__" => |rt, a, k| {
            if a.len() == 3 && !a[2].is_none() {
                let v: Vec<Value> = a.iter().map(value_of).collect();
                return match rt.builtins.kind() {
                    Some(Kind::Dict(d)) => {
                        let f = d.borrow().get_str("pow").cloned();
                        match f {
                            Some(f) => rt.call(&f, &v, k),
                            None => Ok(rt.not_implemented.clone()),
                        }
                    }
                    _ => Ok(rt.not_implemented.clone()),
                };
            }
            binary(rt, &a[..a.len().min(2)], BinOp::Pow, false)
        },
        "__rpow__" => |rt, a, _| binary(rt, a, BinOp::Pow, true),
        "__lshift__" => |rt, a, _| binary(rt, a, BinOp::LShift, false),
        "__rlshift__" => |rt, a, _| binary(rt, a, BinOp::LShift, true),
        "__rshift__" => |rt, a, _| binary(rt, a, BinOp::RShift, false),
        "__rrshift__" => |rt, a, _| binary(rt, a, BinOp::RShift, true),
        "__and__" => |rt, a, _| binary(rt, a, BinOp::And, false),
        "__rand__" => |rt, a, _| binary(rt, a, BinOp::And, true),
        "__or__" => |rt, a, _| binary(rt, a, BinOp::Or, false),
        "__ror__" => |rt, a, _| binary(rt, a, BinOp::Or, true),
        "__xor__" => |rt, a, _| binary(rt, a, BinOp::Xor, false),
        "__rxor__" => |rt, a, _| binary(rt, a, BinOp::Xor, true),
        "__matmul__" => |rt, a, _| binary(rt, a, BinOp::MatMul, false),
        "__rmatmul__" => |rt, a, _| binary(rt, a, BinOp::MatMul, true),
        _ => return None,
    })
}

fn inplace(rt: &mut Runtime, args: &[Value], op: BinOp) -> PyResult {
    let a = args_n(rt, args, 2)?;
    let x = value_of(&a[0]);
    let y = value_of(&a[1]);
    let r = rt.inplace_op(op, &x, &y)?;
    Ok(if r.is(&x) { a[0].clone() } else { r })
}
fn iadd(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::Add)
}
fn imul(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::Mul)
}
fn ior(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::Or)
}
fn iand(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::And)
}
fn isub(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::Sub)
}
fn ixor(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    inplace(rt, a, BinOp::Xor)
}

fn compare(rt: &mut Runtime, args: &[Value], op: CmpOp) -> PyResult {
    let a = args_n(rt, args, 2)?;
    let (x, y) = (value_of(&a[0]), value_of(&a[1]));
    if is_user(&x) || is_user(&y) {
        // object's comparisons: identity for ==/!=, NotImplemented otherwise.
        return Ok(match op {
            CmpOp::Eq if a[0].is(&a[1]) => Value::TRUE,
            CmpOp::Ne if a[0].is(&a[1]) => Value::FALSE,
            _ => rt.not_implemented.clone(),
        });
    }
    if outranked(&x, &y) {
        return Ok(rt.not_implemented.clone());
    }
    if let Some(o) = rt.num_cmp(&x, &y) {
        return Ok(Value::bool(match o {
            Some(o) => op.holds_for(o),
            None => op == CmpOp::Ne,
        }));
    }
    match rt.builtin_compare(&x, &y, op)? {
        Some(b) => Ok(Value::bool(b)),
        // Types without comparisons of their own (modules, functions): object's identity.
        None => Ok(match op {
            CmpOp::Eq if a[0].is(&a[1]) => Value::TRUE,
            CmpOp::Ne if a[0].is(&a[1]) => Value::FALSE,
            _ => rt.not_implemented.clone(),
        }),
    }
}
fn eq(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Eq)
}
fn ne(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Ne)
}
fn lt(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Lt)
}
fn le(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Le)
}
fn gt(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Gt)
}
fn ge(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    compare(rt, a, CmpOp::Ge)
}

fn one(rt: &mut Runtime, args: &[Value]) -> PyResult<Value> {
    let a = args_n(rt, args, 1)?;
    Ok(value_of(&a[0]))
}

fn hash(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    if is_user(&x) {
        // object.__hash__: the identity hash, never the class's own __hash__.
        let id = x.id();
        return Ok(crate::ops::num::int_from_i64(id.rotate_right(4) as i64));
    }
    let h = rt.hash(&x)?;
    Ok(crate::ops::num::int_from_i64(h))
}

fn repr(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    if is_user(&x) {
        let s = rt.default_repr(&x);
        return Ok(rt.new_string(s));
    }
    rt.repr(&x)
}

fn obj_str(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 1)?;
    rt.repr(&a[0])
}

/// `object.__sizeof__`: CPython's sizes for the common builtin values (an int's 30-bit
/// digits, a compact str's bytes), a small fixed size for the rest.
fn sizeof(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 1)?;
    let v = value_of(&a[0]);
    let n = if crate::ops::num::is_int(&v) {
        let bits = crate::ops::num::to_big(&v).map_or(0, |b| b.bits());
        24 + 4 * bits.div_ceil(30).max(1) as i64
    } else if v.is_float() {
        24
    } else {
        match v.kind() {
            Some(Kind::Str(s)) if s.is_ascii() => 40 + s.s.len() as i64 + 1,
            Some(Kind::Str(s)) => 56 + 4 * s.chars as i64,
            Some(Kind::Bytes(b)) => 33 + b.len() as i64,
            Some(Kind::Tuple(t)) => 24 + 8 * t.len() as i64,
            Some(Kind::List(l)) => 40 + 8 * l.borrow().capacity() as i64,
            _ => 16,
        }
    };
    Ok(Value::small_int(n))
}

/// `__getnewargs__` of immutable builtin values: `(value,)`.
fn getnewargs(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 1)?;
    let v = value_of(&a[0]);
    Ok(rt.new_tuple(vec![v]))
}

fn obj_format(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let spec = rt.str_string(&a[1])?;
    if !spec.is_empty() {
        let tn = rt.type_name(&a[0]);
        return Err(rt.type_error(&format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    rt.str(&a[0])
}

fn format(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let x = value_of(&a[0]);
    let spec = rt.str_string(&a[1])?;
    rt.format(&x, &spec)
}

/// `it.__length_hint__()` for the builtin iterators over sized containers: how many
/// items are left (NotImplemented for map/zip/filter-like iterators, which have none).
fn length_hint(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    use crate::object::IterState as S;
    let x = one(rt, a)?;
    let Some(Kind::Iter(st)) = x.kind() else {
        return Ok(rt.not_implemented.clone());
    };
    let st = st.borrow();
    let n: i64 = match &*st {
        S::Seq { seq, idx } => {
            let len = match seq.kind() {
                Some(Kind::List(l)) => l.borrow().len(),
                Some(Kind::Tuple(t)) => t.len(),
                _ => return Ok(rt.not_implemented.clone()),
            };
            len.saturating_sub(*idx) as i64
        }
        S::Range { cur, stop, step } => {
            let (cur, stop, step) = (*cur as i128, *stop as i128, *step as i128);
            let n = if step > 0 {
                (stop - cur + step - 1) / step
            } else {
                (cur - stop - step - 1) / -step
            };
            n.max(0) as i64
        }
        S::Str { s, pos } => match s.kind() {
            Some(Kind::Str(p)) => p.s.get(*pos..).map_or(0, |r| r.chars().count()) as i64,
            _ => 0,
        },
        S::Bytes { b, idx } => {
            let len = match b.kind() {
                Some(Kind::Bytes(x)) => x.len(),
                Some(Kind::ByteArray(x)) => x.borrow().len(),
                _ => 0,
            };
            len.saturating_sub(*idx) as i64
        }
        S::Reversed { idx, .. } => *idx as i64,
        S::DictKeys { dict, idx, .. }
        | S::DictValues { dict, idx, .. }
        | S::DictItems { dict, idx, .. } => match dict.kind() {
            Some(Kind::Dict(d)) => {
                let d = d.borrow();
                (*idx..d.slots())
                    .filter(|&i| d.entry_at(i).is_some())
                    .count() as i64
            }
            _ => 0,
        },
        _ => return Ok(rt.not_implemented.clone()),
    };
    Ok(Value::small_int(n))
}

/// `NotImplemented.__reduce__()` / `Ellipsis.__reduce__()`: the name that pickles them.
fn singleton_reduce(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let name = match x.kind() {
        Some(Kind::NotImplemented) => "NotImplemented",
        Some(Kind::Ellipsis) => "Ellipsis",
        _ => {
            let tn = rt.type_name(&x);
            return Err(rt.type_error(&format!("cannot pickle '{tn}' object")));
        }
    };
    Ok(rt.new_str(name))
}

fn bool_(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    Ok(Value::bool(rt.truthy(&x)?))
}
fn neg(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    rt.neg(&x)
}
fn pos(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    rt.pos(&x)
}
fn invert(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    rt.invert(&x)
}
fn abs(rt: &mut Runtime, a: &[Value], k: Kw) -> PyResult {
    let x = one(rt, a)?;
    crate::builtin_fns::abs(rt, &[x], k)
}
fn int_(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let t = rt.types.int.clone();
    rt.call(&t, &[x], &[])
}
fn float_(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let t = rt.types.float.clone();
    rt.call(&t, &[x], &[])
}
fn complex_(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let t = rt.types.complex.clone();
    rt.call(&t, &[x], &[])
}
fn bytes_(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let t = rt.types.bytes.clone();
    rt.call(&t, &[x], &[])
}
fn round(rt: &mut Runtime, a: &[Value], k: Kw) -> PyResult {
    if a.is_empty() {
        return Err(rt.type_error("expected at least 1 argument, got 0"));
    }
    let mut v = a.to_vec();
    v[0] = value_of(&a[0]);
    crate::builtin_fns::round(rt, &v, k)
}
fn divmod(rt: &mut Runtime, a: &[Value], k: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let (x, y) = (value_of(&a[0]), value_of(&a[1]));
    if is_user(&y) {
        return Ok(rt.not_implemented.clone());
    }
    crate::builtin_fns::divmod(rt, &[x, y], k)
}
fn rdivmod(rt: &mut Runtime, a: &[Value], k: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let (x, y) = (value_of(&a[0]), value_of(&a[1]));
    if is_user(&y) {
        return Ok(rt.not_implemented.clone());
    }
    crate::builtin_fns::divmod(rt, &[y, x], k)
}
fn len(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    let n = rt.len(&x)?;
    Ok(crate::ops::num::int_from_i64(n as i64))
}
fn iter(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    rt.get_iter(&x)
}
fn next(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let x = one(rt, a)?;
    match rt.next(&x)? {
        Some(v) => Ok(v),
        None => Err(rt.exc_with_args("StopIteration", vec![])),
    }
}
/// `f.__get__(obj, type=None)` for functions, staticmethods and classmethods.
fn descr_get(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    if a.len() < 2 || a.len() > 3 {
        return Err(rt.type_error("expected 1 or 2 arguments"));
    }
    let (f, inst) = (&a[0], &a[1]);
    let owner = match a.get(2) {
        Some(o) if !o.is_none() => o.clone(),
        _ if !inst.is_none() => rt.type_of(inst),
        _ => Value::NONE,
    };
    if inst.is_none() && owner.is_none() {
        return Err(rt.type_error("__get__(None, None) is invalid"));
    }
    let i = (!inst.is_none()).then_some(inst);
    rt.bind_descriptor(f, i, &owner)
}

fn iter_self(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 1)?;
    Ok(a[0].clone())
}
fn reversed(rt: &mut Runtime, a: &[Value], k: Kw) -> PyResult {
    let x = one(rt, a)?;
    crate::builtin_fns::reversed(rt, &[x], k)
}
fn contains(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let x = value_of(&a[0]);
    Ok(Value::bool(rt.contains(&x, &a[1])?))
}
fn getitem(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let x = value_of(&a[0]);
    rt.getitem(&x, &a[1])
}
fn setitem(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 3)?;
    let x = value_of(&a[0]);
    rt.setitem(&x, &a[1], &a[2])?;
    Ok(Value::NONE)
}
fn delitem(rt: &mut Runtime, a: &[Value], _: Kw) -> PyResult {
    let a = args_n(rt, a, 2)?;
    let x = value_of(&a[0]);
    rt.delitem(&x, &a[1])?;
    Ok(Value::NONE)
}
