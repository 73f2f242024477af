//! Conversions between Rust values and Python objects, in the manner of mlua's
//! `IntoLua`/`FromLua`: [`IntoPy`] makes a Python object from a Rust value, [`FromPy`]
//! reads one back, raising the TypeError or OverflowError CPython would when it cannot.
//! [`PyObject`] is the opaque handle that keeps any Python object alive.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use molt_builtins::dict::Dict;
use molt_builtins::ops::num::{int_from_big, int_from_i64, to_big};
use molt_builtins::{Kind, Runtime, Value};
use num_bigint::BigInt;

use super::error::{lift, PyErr};

/// A handle to a Python object, keeping it alive while the handle exists. Cloning the
/// handle adds a reference; it belongs to the [`Vm`](crate::Vm) that made it.
#[derive(Clone)]
pub struct PyObject(pub(crate) Value);

impl PyObject {
    /// The runtime value behind the handle.
    pub fn value(&self) -> &Value {
        &self.0
    }
    /// Wraps a runtime value.
    pub fn from_value(v: Value) -> PyObject {
        PyObject(v)
    }
    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }
    /// Whether both handles are the same object (Python's `is`).
    pub fn is(&self, other: &PyObject) -> bool {
        self.0.is(&other.0)
    }
}

impl std::fmt::Debug for PyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyObject({:#x})", self.0.id())
    }
}

/// Python `bytes`, both ways (a `Vec<u8>` converts to a list of ints, as in PyO3).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PyBytes(pub Vec<u8>);

/// A Rust value that can become a Python object.
pub trait IntoPy {
    /// Makes the Python object.
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr>;
}

/// A Rust value that can be read from a Python object.
pub trait FromPy: Sized {
    /// Reads the value, or fails with the exception CPython would raise (TypeError for
    /// the wrong type, OverflowError for an int out of range).
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr>;
}

fn wrong_type(rt: &mut Runtime, v: &Value, want: &str) -> PyErr {
    let got = rt.type_name(v);
    PyErr::type_error(format!("'{got}' object cannot be converted to '{want}'"))
}

impl IntoPy for PyObject {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(self.0)
    }
}
impl IntoPy for &PyObject {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(self.0.clone())
    }
}
impl FromPy for PyObject {
    fn from_py(_: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        Ok(PyObject(v.clone()))
    }
}
impl IntoPy for Value {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(self)
    }
}
impl FromPy for Value {
    fn from_py(_: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        Ok(v.clone())
    }
}

impl IntoPy for () {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(Value::NONE)
    }
}
impl FromPy for () {
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        if v.is_none() {
            Ok(())
        } else {
            Err(wrong_type(rt, v, "()"))
        }
    }
}

impl IntoPy for bool {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(Value::bool(self))
    }
}
impl FromPy for bool {
    /// Only `True` and `False` (as PyO3; use `rt.truthy` for truth values).
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        v.as_bool().ok_or_else(|| wrong_type(rt, v, "bool"))
    }
}

/// Reads a Python int (or an object with `__index__`) as a big integer.
fn read_int(rt: &mut Runtime, v: &Value, want: &str) -> Result<BigInt, PyErr> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if v.as_float().is_some() || matches!(v.kind(), Some(Kind::Str(_))) {
        return Err(wrong_type(rt, v, want));
    }
    let r = rt.call_dunder(v, "__index__", &[]);
    match lift(rt, r)? {
        Some(i) => to_big(&i).ok_or_else(|| wrong_type(rt, v, want)),
        None => Err(wrong_type(rt, v, want)),
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
                Ok(match i64::try_from(self) {
                    Ok(i) => int_from_i64(i),
                    Err(_) => int_from_big(BigInt::from(self)),
                })
            }
        }
        impl FromPy for $t {
            fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
                let b = read_int(rt, v, stringify!($t))?;
                <$t>::try_from(&b).map_err(|_| {
                    PyErr::new(
                        "OverflowError",
                        format!("Python int too large to convert to Rust {}", stringify!($t)),
                    )
                })
            }
        }
    )*};
}
int_conversions!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl IntoPy for BigInt {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(int_from_big(self))
    }
}
impl FromPy for BigInt {
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        read_int(rt, v, "BigInt")
    }
}

impl IntoPy for f64 {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(Value::float(self))
    }
}
impl IntoPy for f32 {
    fn into_py(self, _: &mut Runtime) -> Result<Value, PyErr> {
        Ok(Value::float(self as f64))
    }
}
impl FromPy for f64 {
    /// A float, or an int or object with `__float__` (as `float(x)` reads it).
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        if let Some(f) = v.as_float() {
            return Ok(f);
        }
        if matches!(v.kind(), Some(Kind::Str(_))) {
            return Err(wrong_type(rt, v, "f64"));
        }
        let r = rt.float_of(v);
        match lift(rt, r)? {
            Some(f) => Ok(f),
            None => Err(wrong_type(rt, v, "f64")),
        }
    }
}
impl FromPy for f32 {
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        f64::from_py(rt, v).map(|f| f as f32)
    }
}

impl IntoPy for &str {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        Ok(rt.new_str(self))
    }
}
impl IntoPy for String {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        Ok(rt.new_str(&self))
    }
}
impl IntoPy for &String {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        Ok(rt.new_str(self))
    }
}
impl FromPy for String {
    /// A `str` (lone surrogates, which Rust strings cannot hold, become U+FFFD).
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        match v.kind() {
            Some(Kind::Str(s)) => Ok(s.s.as_str().to_owned()),
            _ => Err(wrong_type(rt, v, "String")),
        }
    }
}

impl IntoPy for PyBytes {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        Ok(rt.new_bytes(self.0))
    }
}
impl IntoPy for &[u8] {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        Ok(rt.new_bytes(self.to_vec()))
    }
}
impl FromPy for PyBytes {
    /// `bytes` or `bytearray`.
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        match v.kind() {
            Some(Kind::Bytes(b)) => Ok(PyBytes(b.to_vec())),
            Some(Kind::ByteArray(b)) => Ok(PyBytes(b.borrow().clone())),
            _ => Err(wrong_type(rt, v, "PyBytes")),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        match self {
            Some(v) => v.into_py(rt),
            None => Ok(Value::NONE),
        }
    }
}
impl<T: FromPy> FromPy for Option<T> {
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_py(rt, v).map(Some)
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        let items = self
            .into_iter()
            .map(|x| x.into_py(rt))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rt.new_list(items))
    }
}
impl<T: FromPy> FromPy for Vec<T> {
    /// A list or tuple (a str is refused, as PyO3 refuses it).
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        let items: Vec<Value> = match v.kind() {
            Some(Kind::List(l)) => l.borrow().clone(),
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => return Err(wrong_type(rt, v, "Vec")),
        };
        items.iter().map(|x| T::from_py(rt, x)).collect()
    }
}

fn dict_from_pairs(rt: &mut Runtime, pairs: Vec<(Value, Value)>) -> Result<Value, PyErr> {
    let d = rt.new_dict(Dict::new());
    for (k, v) in pairs {
        let r = rt.setitem(&d, &k, &v);
        lift(rt, r)?;
    }
    Ok(d)
}

fn dict_items(rt: &mut Runtime, v: &Value, want: &str) -> Result<Vec<(Value, Value)>, PyErr> {
    match v.kind() {
        Some(Kind::Dict(d)) => Ok(d.borrow().items()),
        _ => Err(wrong_type(rt, v, want)),
    }
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_py(rt)?, v.into_py(rt)?));
        }
        dict_from_pairs(rt, pairs)
    }
}
impl<K: FromPy + Eq + Hash, V: FromPy, S: std::hash::BuildHasher + Default> FromPy
    for HashMap<K, V, S>
{
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        let mut out = HashMap::default();
        for (k, val) in dict_items(rt, v, "HashMap")? {
            out.insert(K::from_py(rt, &k)?, V::from_py(rt, &val)?);
        }
        Ok(out)
    }
}
impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_py(rt)?, v.into_py(rt)?));
        }
        dict_from_pairs(rt, pairs)
    }
}
impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
        let mut out = BTreeMap::new();
        for (k, val) in dict_items(rt, v, "BTreeMap")? {
            out.insert(K::from_py(rt, &k)?, V::from_py(rt, &val)?);
        }
        Ok(out)
    }
}

/// Arguments for a call from Rust: a tuple of values that convert (`()`, `(1,)`,
/// `("a", 2.5, vec![1, 2])`), or a `Vec<PyObject>`.
pub trait IntoArgs {
    /// The argument values.
    fn into_args(self, rt: &mut Runtime) -> Result<Vec<Value>, PyErr>;
}

impl IntoArgs for Vec<PyObject> {
    fn into_args(self, _: &mut Runtime) -> Result<Vec<Value>, PyErr> {
        Ok(self.into_iter().map(|o| o.0).collect())
    }
}

macro_rules! tuple_conversions {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<$($t: IntoPy),*> IntoPy for ($($t,)*) {
            fn into_py(self, rt: &mut Runtime) -> Result<Value, PyErr> {
                let items = vec![$(self.$i.into_py(rt)?),*];
                Ok(rt.new_tuple(items))
            }
        }
        impl<$($t: FromPy),*> FromPy for ($($t,)*) {
            /// A tuple (or list) of exactly this length.
            fn from_py(rt: &mut Runtime, v: &Value) -> Result<Self, PyErr> {
                let items: Vec<Value> = match v.kind() {
                    Some(Kind::Tuple(t)) => t.to_vec(),
                    Some(Kind::List(l)) => l.borrow().clone(),
                    _ => return Err(wrong_type(rt, v, "tuple")),
                };
                if items.len() != $n {
                    return Err(PyErr::value_error(format!(
                        "expected a tuple of length {}, got one of length {}", $n, items.len()
                    )));
                }
                Ok(($($t::from_py(rt, &items[$i])?,)*))
            }
        }
        impl<$($t: IntoPy),*> IntoArgs for ($($t,)*) {
            fn into_args(self, rt: &mut Runtime) -> Result<Vec<Value>, PyErr> {
                Ok(vec![$(self.$i.into_py(rt)?),*])
            }
        }
    };
}
tuple_conversions!(1: A 0);
tuple_conversions!(2: A 0, B 1);
tuple_conversions!(3: A 0, B 1, C 2);
tuple_conversions!(4: A 0, B 1, C 2, D 3);
tuple_conversions!(5: A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6: A 0, B 1, C 2, D 3, E 4, F 5);

impl IntoArgs for () {
    fn into_args(self, _: &mut Runtime) -> Result<Vec<Value>, PyErr> {
        Ok(Vec::new())
    }
}
