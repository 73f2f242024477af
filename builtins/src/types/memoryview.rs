//! `memoryview` over bytes and bytearray: views with an item format (`B b c H h I i L l Q
//! q f d ?`, native sizes, little-endian as on the machines Molt runs on), slicing with
//! steps, item assignment into a bytearray, `cast` (to a shape too: C-contiguous
//! multi-dimensional views indexed by tuples), `tobytes`, `tolist`, `hex` and `release`. A view reads its object's bytes when used, so it sees writes made
//! through the bytearray (Molt does not stop the bytearray from being resized meanwhile;
//! items outside it then raise IndexError).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Kw;
use crate::object::{Kind, NativeFn, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

/// One export of a bytearray's buffer, shared by a memoryview and the views made from it
/// (CPython's managed buffer): the export ends when the last of them is released or freed.
pub struct Export(Rc<Cell<usize>>);

impl Drop for Export {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

/// Starts an export of bytearray `obj`.
fn export(rt: &mut Runtime, obj: &Value) -> Rc<Export> {
    if rt.buffer_exports.len() > 64 {
        rt.buffer_exports
            .retain(|_, c| c.get() > 0 || Rc::strong_count(c) > 1);
    }
    let c = rt.buffer_exports.entry(obj.id()).or_default().clone();
    c.set(c.get() + 1);
    Rc::new(Export(c))
}

/// Refuses to resize bytearray `obj` while memoryviews export it.
pub fn check_resizable(rt: &mut Runtime, obj: &Value) -> PyResult<()> {
    if rt
        .buffer_exports
        .get(&obj.id())
        .is_some_and(|c| c.get() > 0)
    {
        return Err(rt.new_exc(
            "BufferError",
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

pub struct MemView {
    obj: Value,
    /// The bytearray export this view holds (None over bytes, and once released).
    export: Option<Rc<Export>>,
    /// Byte offset of item 0, the byte distance between items, and the item count.
    start: isize,
    step: isize,
    len: usize,
    format: char,
    itemsize: usize,
    /// Dimensions of a view `cast` to a shape (C-contiguous: `step` is the item size); for
    /// one dimension `ndim` is 1 and `len` is the shape.
    ndim: u8,
    shape: [usize; MAX_DIMS],
    readonly: bool,
    released: bool,
    /// hash() once computed (it survives release(), as in CPython).
    hash: Option<i64>,
}

/// The most dimensions a cast may give (CPython allows 64).
const MAX_DIMS: usize = 8;

impl MemView {
    /// The number of items in all dimensions.
    fn count(&self) -> usize {
        if self.ndim <= 1 {
            self.len
        } else {
            self.shape[..self.ndim as usize].iter().product()
        }
    }

    /// The byte distance between consecutive indices of each dimension.
    fn strides(&self) -> Vec<isize> {
        if self.ndim <= 1 {
            return vec![self.step];
        }
        let n = self.ndim as usize;
        let mut out = vec![self.itemsize as isize; n];
        for d in (0..n - 1).rev() {
            out[d] = out[d + 1] * self.shape[d + 1] as isize;
        }
        out
    }
}

fn itemsize_of(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'd' | 'N' | 'n' | 'P' => 8,
        _ => return None,
    })
}

fn with_view<R>(v: &Value, f: impl FnOnce(&mut MemView) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<MemView>().map(f),
        _ => None,
    }
}

/// The bytes a memoryview shows (a copy), for `bytes(mv)` and friends.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let (obj, start, step, len, itemsize) = with_view(v, |m| {
        (!m.released).then(|| (m.obj.clone(), m.start, m.step, m.count(), m.itemsize))
    })??;
    let data = super::bytes_like(&obj)?;
    let mut out = Vec::with_capacity(len * itemsize);
    for i in 0..len {
        let p = start + i as isize * step;
        let p = usize::try_from(p).ok()?;
        out.extend_from_slice(data.get(p..p + itemsize)?);
    }
    Some(out)
}

fn new_view(rt: &Runtime, m: MemView) -> Value {
    let b: Box<dyn Any> = Box::new(m);
    Value::from_obj(Obj::new(Kind::Native(
        rt.types.memoryview.clone(),
        RefCell::new(b),
    )))
}

/// The view in `args[0]`, refusing a released one.
fn view(rt: &mut Runtime, args: &[Value]) -> PyResult<(Value, MemView)> {
    let Some(v) = args.first() else {
        return Err(rt.type_error("descriptor needs a 'memoryview' object"));
    };
    let Some(m) = with_view(v, |m| MemView {
        obj: m.obj.clone(),
        export: m.export.clone(),
        ..*m
    }) else {
        let tn = rt.type_name(v);
        return Err(rt.type_error(&format!(
            "descriptor requires a 'memoryview' object but received a '{tn}'"
        )));
    };
    if m.released {
        return Err(rt.value_error("operation forbidden on released memoryview object"));
    }
    Ok((v.clone(), m))
}

fn memoryview_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "memoryview.__new__")?;
    let p = super::parse_args(rt, "memoryview", &args[1..], kw, &["object"], 0, 1, 1)?;
    let obj = p[0].clone().unwrap_or(Value::NONE);
    if let Some(m) = with_view(&obj, |m| MemView {
        obj: m.obj.clone(),
        export: m.export.clone(),
        ..*m
    }) {
        if m.released {
            return Err(rt.value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new_view(rt, m));
    }
    let (len, readonly, exp) = match obj.kind() {
        Some(Kind::Bytes(b)) => (b.len(), true, None),
        Some(Kind::ByteArray(b)) => (b.borrow().len(), false, Some(export(rt, &obj))),
        _ => {
            let tn = rt.type_name(&obj);
            return Err(rt.type_error(&format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )));
        }
    };
    Ok(new_view(
        rt,
        MemView {
            obj,
            export: exp,
            start: 0,
            step: 1,
            len,
            format: 'B',
            itemsize: 1,
            ndim: 1,
            shape: [0; MAX_DIMS],
            readonly,
            released: false,
            hash: None,
        },
    ))
}

fn decode(rt: &mut Runtime, f: char, b: &[u8]) -> PyResult {
    macro_rules! le {
        ($t:ty) => {{
            let mut a = [0u8; std::mem::size_of::<$t>()];
            a.copy_from_slice(b);
            <$t>::from_le_bytes(a)
        }};
    }
    Ok(match f {
        'B' => Value::small_int(b[0] as i64),
        'b' => Value::small_int(b[0] as i8 as i64),
        'c' => rt.new_bytes(vec![b[0]]),
        '?' => Value::bool(b[0] != 0),
        'H' => Value::small_int(le!(u16) as i64),
        'h' => Value::small_int(le!(i16) as i64),
        'I' => Value::small_int(le!(u32) as i64),
        'i' => Value::small_int(le!(i32) as i64),
        'L' | 'Q' | 'N' | 'P' => crate::ops::num::int_from_big(le!(u64).into()),
        'l' | 'q' | 'n' => crate::ops::num::int_from_i64(le!(i64)),
        'f' => Value::float(le!(f32) as f64),
        'd' => Value::float(le!(f64)),
        _ => return Err(rt.not_implemented_error("memoryview format")),
    })
}

fn encode(rt: &mut Runtime, f: char, v: &Value) -> PyResult<Vec<u8>> {
    let int = |rt: &mut Runtime| -> PyResult<num_bigint::BigInt> {
        match crate::ops::num::to_big(v) {
            Some(b) if !v.is_bool() || f == '?' => Ok(b),
            _ => Err(rt.type_error(&format!("memoryview: invalid type for format '{f}'"))),
        }
    };
    let range_err =
        |rt: &mut Runtime| rt.value_error(&format!("memoryview: invalid value for format '{f}'"));
    use num_traits::ToPrimitive;
    Ok(match f {
        'c' => match super::bytes_like(v) {
            Some(b) if b.len() == 1 => b,
            _ => return Err(range_err(rt)),
        },
        '?' => vec![rt.truthy(v)? as u8],
        'f' | 'd' => {
            let x = match crate::ops::num::to_f64(rt, v)? {
                Some(x) => x,
                None => {
                    return Err(rt.type_error(&format!("memoryview: invalid type for format '{f}'")))
                }
            };
            if f == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            }
        }
        _ => {
            let b = int(rt)?;
            let size = itemsize_of(f).unwrap_or(1);
            let signed = f.is_ascii_lowercase();
            let ok = if signed {
                b.to_i64()
                    .filter(|x| {
                        size == 8
                            || (*x >= -(1i64 << (size * 8 - 1)) && *x < (1i64 << (size * 8 - 1)))
                    })
                    .map(|x| x.to_le_bytes()[..size].to_vec())
            } else {
                b.to_u64()
                    .filter(|x| size == 8 || *x < (1u64 << (size * 8)))
                    .map(|x| x.to_le_bytes()[..size].to_vec())
            };
            match ok {
                Some(v) => v,
                None => return Err(range_err(rt)),
            }
        }
    })
}

fn item_at(rt: &mut Runtime, m: &MemView, i: usize) -> PyResult {
    let data = super::bytes_like(&m.obj).unwrap_or_default();
    let p = m.start + i as isize * m.step;
    let bytes = usize::try_from(p)
        .ok()
        .and_then(|p| data.get(p..p + m.itemsize).map(|s| s.to_vec()));
    match bytes {
        Some(b) => decode(rt, m.format, &b),
        None => Err(rt.index_error("index out of bounds on dimension 1")),
    }
}

fn mv_len(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, m) = view(rt, args)?;
    Ok(Value::small_int(m.len as i64))
}

/// The byte position of the item at index tuple `key` of a multi-dimensional view.
fn nd_position(rt: &mut Runtime, m: &MemView, key: &Value) -> PyResult<usize> {
    let idx = rt.to_vec(key)?;
    let n = m.ndim as usize;
    if idx.len() < n {
        return Err(rt.new_exc(
            "NotImplementedError",
            "multi-dimensional sub-views are not implemented",
        ));
    }
    if idx.len() > n {
        return Err(rt.type_error(&format!(
            "cannot index {}-dimension view with {}-element tuple",
            n,
            idx.len()
        )));
    }
    let strides = m.strides();
    let mut pos = m.start;
    for (d, k) in idx.iter().enumerate() {
        let dim = m.shape[d];
        let mut i = rt.index_of(k)?;
        if i < 0 {
            i += dim as i64;
        }
        if i < 0 || i >= dim as i64 {
            return Err(rt.index_error(&format!("index out of bounds on dimension {}", d + 1)));
        }
        pos += i as isize * strides[d];
    }
    Ok(pos as usize)
}

fn mv_getitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, m) = view(rt, args)?;
    let key = args.get(1).cloned().unwrap_or(Value::NONE);
    if m.ndim > 1 {
        if let Some(Kind::Tuple(_)) = key.kind() {
            let pos = nd_position(rt, &m, &key)?;
            let data = super::bytes_like(&m.obj).unwrap_or_default();
            let b = data.get(pos..pos + m.itemsize).map(|s| s.to_vec());
            return match b {
                Some(b) => decode(rt, m.format, &b),
                None => Err(rt.index_error("index out of bounds on dimension 1")),
            };
        }
        if let Some(Kind::Slice(_)) = key.kind() {
            // Rows of the first dimension, when they stay contiguous.
            let (start, _, step, n) = crate::ops::item::slice_indices(rt, &key, m.len as i64)?;
            if step != 1 && n > 1 {
                return Err(rt.new_exc(
                    "NotImplementedError",
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            let row = m.strides()[0];
            let mut shape = m.shape;
            shape[0] = n;
            return Ok(new_view(
                rt,
                MemView {
                    obj: m.obj.clone(),
                    start: m.start + start as isize * row,
                    len: n,
                    shape,
                    ..m
                },
            ));
        }
        if !key.is(&rt.ellipsis) {
            return Err(rt.new_exc(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ));
        }
    }
    if let Some(Kind::Slice(_)) = key.kind() {
        let (start, _, step, n) = crate::ops::item::slice_indices(rt, &key, m.len as i64)?;
        return Ok(new_view(
            rt,
            MemView {
                obj: m.obj.clone(),
                start: m.start + start as isize * m.step,
                step: m.step * step as isize,
                len: n,
                ..m
            },
        ));
    }
    if key.is(&rt.ellipsis) {
        return Ok(args[0].clone());
    }
    let i = index(rt, &key, m.len)?;
    item_at(rt, &m, i)
}

fn index(rt: &mut Runtime, key: &Value, len: usize) -> PyResult<usize> {
    if !crate::ops::num::is_int(key) && !matches!(key.kind(), Some(Kind::Instance(_))) {
        return Err(rt.type_error("memoryview: invalid slice key"));
    }
    let mut i = rt.index_of(key)?;
    if i < 0 {
        i += len as i64;
    }
    if i < 0 || i >= len as i64 {
        return Err(rt.index_error("index out of bounds on dimension 1"));
    }
    Ok(i as usize)
}

fn mv_setitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, m) = view(rt, args)?;
    if m.readonly {
        return Err(rt.type_error("cannot modify read-only memory"));
    }
    let (key, val) = (args[1].clone(), args[2].clone());
    let Some(Kind::ByteArray(cell)) = m.obj.kind() else {
        return Err(rt.type_error("cannot modify read-only memory"));
    };
    let writes: Vec<(usize, Vec<u8>)> = if m.ndim > 1 {
        if !matches!(key.kind(), Some(Kind::Tuple(_))) {
            return Err(rt.new_exc(
                "NotImplementedError",
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let pos = nd_position(rt, &m, &key)?;
        let b = encode(rt, m.format, &val)?;
        vec![(pos, b)]
    } else if let Some(Kind::Slice(_)) = key.kind() {
        let (start, _, step, n) = crate::ops::item::slice_indices(rt, &key, m.len as i64)?;
        let src = match super::bytes_like(&val).or_else(|| view_bytes(&val)) {
            Some(b) => b,
            None => {
                let tn = rt.type_name(&val);
                return Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")));
            }
        };
        if src.len() != n * m.itemsize {
            return Err(rt.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (0..n)
            .map(|k| {
                let i = start as isize + k as isize * step as isize;
                let pos = (m.start + i * m.step) as usize;
                (pos, src[k * m.itemsize..(k + 1) * m.itemsize].to_vec())
            })
            .collect()
    } else {
        let i = index(rt, &key, m.len)?;
        let b = encode(rt, m.format, &val)?;
        vec![((m.start + i as isize * m.step) as usize, b)]
    };
    let mut data = cell.borrow_mut();
    for (pos, b) in writes {
        if pos + b.len() <= data.len() {
            data[pos..pos + b.len()].copy_from_slice(&b);
        }
    }
    Ok(Value::NONE)
}

fn mv_tobytes(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (v, _) = view(rt, &args[..1])?;
    let b = view_bytes(&v).unwrap_or_default();
    Ok(rt.new_bytes(b))
}

/// The nested lists of dimension `d` onward, starting at byte `pos`.
fn nd_list(rt: &mut Runtime, m: &MemView, strides: &[isize], d: usize, pos: isize) -> PyResult {
    let data = super::bytes_like(&m.obj).unwrap_or_default();
    let mut out = Vec::with_capacity(m.shape[d]);
    for i in 0..m.shape[d] {
        let p = pos + i as isize * strides[d];
        if d + 1 == m.ndim as usize {
            let b = usize::try_from(p)
                .ok()
                .and_then(|p| data.get(p..p + m.itemsize).map(|s| s.to_vec()));
            match b {
                Some(b) => out.push(decode(rt, m.format, &b)?),
                None => return Err(rt.index_error("index out of bounds on dimension 1")),
            }
        } else {
            out.push(nd_list(rt, m, strides, d + 1, p)?);
        }
    }
    Ok(rt.new_list(out))
}

fn mv_tolist(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, m) = view(rt, args)?;
    if m.ndim > 1 {
        let strides = m.strides();
        return nd_list(rt, &m, &strides, 0, m.start);
    }
    let mut out = Vec::with_capacity(m.len);
    for i in 0..m.len {
        out.push(item_at(rt, &m, i)?);
    }
    Ok(rt.new_list(out))
}

fn mv_hex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (v, _) = view(rt, &args[..1])?;
    let b = view_bytes(&v).unwrap_or_default();
    let bv = rt.new_bytes(b);
    let f = rt.getattr(&bv, "hex")?;
    rt.call(&f, &args[1..], kw)
}

fn mv_cast(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (_, m) = view(rt, &args[..1])?;
    let p = super::parse_args(rt, "cast", &args[1..], kw, &["format", "shape"], 0, 2, 1)?;
    let fmt = rt.str_string(p[0].as_ref().unwrap_or(&Value::NONE))?;
    let f = match (fmt.chars().next(), fmt.chars().count()) {
        (Some(c), 1) if itemsize_of(c).is_some() => c,
        _ => {
            return Err(rt.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if m.step != m.itemsize as isize {
        return Err(rt.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if m.format != 'B' && m.format != 'b' && m.format != 'c' && f != 'B' && f != 'b' && f != 'c' {
        return Err(rt.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = itemsize_of(f).unwrap_or(1);
    let nbytes = m.count() * m.itemsize;
    if nbytes % size != 0 {
        return Err(rt.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut shape = [0usize; MAX_DIMS];
    let mut ndim = 1u8;
    let mut len = nbytes / size;
    if let Some(sv) = p.get(1).cloned().flatten() {
        if !matches!(sv.kind(), Some(Kind::Tuple(_) | Kind::List(_))) {
            return Err(rt.type_error("shape must be a list or a tuple"));
        }
        let dims = rt.to_vec(&sv)?;
        if m.ndim > 1 && dims.len() != 1 {
            return Err(rt.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        if dims.len() > MAX_DIMS {
            return Err(rt.not_implemented_error(&format!(
                "memoryview.cast to more than {MAX_DIMS} dimensions"
            )));
        }
        let mut product = 1usize;
        for (i, d) in dims.iter().enumerate() {
            let n = rt.index_of(d)?;
            if n <= 0 {
                return Err(
                    rt.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
            shape[i] = n as usize;
            product = product.saturating_mul(n as usize);
        }
        if product.saturating_mul(size) != nbytes {
            return Err(rt.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if dims.len() > 1 {
            ndim = dims.len() as u8;
            len = shape[0];
        }
    }
    Ok(new_view(
        rt,
        MemView {
            obj: m.obj.clone(),
            len,
            step: size as isize,
            itemsize: size,
            format: f,
            ndim,
            shape,
            ..m
        },
    ))
}

fn mv_toreadonly(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, m) = view(rt, args)?;
    Ok(new_view(
        rt,
        MemView {
            obj: m.obj.clone(),
            readonly: true,
            ..m
        },
    ))
}

fn mv_delitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    view(rt, &args[..1])?;
    Err(rt.type_error("cannot delete memory"))
}

fn mv_release(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let ended = with_view(&args[0], |m| {
        m.released = true;
        m.export.take()
    });
    drop(ended);
    Ok(Value::NONE)
}

fn mv_enter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (v, _) = view(rt, &args[..1])?;
    Ok(v)
}

fn mv_exit(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let ended = with_view(&args[0], |m| {
        m.released = true;
        m.export.take()
    });
    drop(ended);
    Ok(Value::FALSE)
}

fn mv_eq(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let other = args.get(1).cloned().unwrap_or(Value::NONE);
    // Items are compared as values, so a view of NaNs is not equal to itself.
    let floats = with_view(&args[0], |m| matches!(m.format, 'f' | 'd')) == Some(true);
    if args[0].is(&other) && !floats {
        return Ok(Value::TRUE);
    }
    if with_view(&args[0], |m| m.released) == Some(true) {
        return Ok(Value::FALSE);
    }
    let (_, m) = view(rt, &args[..1])?;
    let mine = mv_tolist(rt, &args[..1], &[])?;
    let theirs = if let Some(om) = with_view(&other, |o| o.released) {
        if om {
            return Ok(Value::FALSE);
        }
        mv_tolist(rt, std::slice::from_ref(&other), &[])?
    } else if let Some(b) = super::bytes_like(&other) {
        if m.format != 'B' {
            let mine_b = view_bytes(&args[0]).unwrap_or_default();
            return Ok(Value::bool(mine_b == b && m.format == 'B'));
        }
        let items: Vec<Value> = b.iter().map(|x| Value::small_int(*x as i64)).collect();
        rt.new_list(items)
    } else {
        return Ok(rt.not_implemented.clone());
    };
    // Item by item with ==, no identity shortcut (NaN items are unequal).
    let (a, b) = (rt.to_vec(&mine)?, rt.to_vec(&theirs)?);
    if a.len() != b.len() {
        return Ok(Value::FALSE);
    }
    for (x, y) in a.iter().zip(&b) {
        if !rt.compare_bool(x, y, crate::ops::cmp::CmpOp::Eq)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn mv_hash(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if let Some(Some(h)) = with_view(&args[0], |m| m.hash) {
        return Ok(crate::ops::num::int_from_i64(h));
    }
    let (v, m) = view(rt, &args[..1])?;
    if !m.readonly {
        return Err(rt.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, 'B' | 'b' | 'c') {
        return Err(rt.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    // The hash is the underlying object's (a read-only view of a bytearray has none).
    if !matches!(m.obj.kind(), Some(Kind::Bytes(_))) {
        return Err(rt.unhashable(&m.obj));
    }
    let b = view_bytes(&v).unwrap_or_default();
    let h = crate::hash::bytes_hash(&b);
    with_view(&args[0], |m| m.hash = Some(h));
    Ok(crate::ops::num::int_from_i64(h))
}

fn mv_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let l = mv_tolist(rt, args, &[])?;
    rt.get_iter(&l)
}

fn mv_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let released = with_view(&args[0], |m| m.released).unwrap_or(false);
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(rt.new_string(format!("<{what} at {:#x}>", args[0].id())))
}

/// A read-only attribute of views, as a property whose getter is `f`.
fn prop(rt: &mut Runtime, name: &'static str, f: NativeFn) -> Value {
    let g = rt.new_method("memoryview", name, f);
    Value::from_obj(Obj::new(Kind::Property(Box::new(
        crate::object::PropertyObj::new([g, Value::NONE, Value::NONE, Value::NONE]),
    ))))
}

fn attr(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult {
    if name == "released" {
        return Ok(Value::bool(
            with_view(&args[0], |m| m.released).unwrap_or(false),
        ));
    }
    let (_, m) = view(rt, &args[..1])?;
    Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::small_int((m.count() * m.itemsize) as i64),
        "readonly" => Value::bool(m.readonly),
        "itemsize" => Value::small_int(m.itemsize as i64),
        "format" => rt.new_string(m.format.to_string()),
        "ndim" => Value::small_int(m.ndim.max(1) as i64),
        "shape" if m.ndim > 1 => {
            let s = m.shape[..m.ndim as usize]
                .iter()
                .map(|d| Value::small_int(*d as i64))
                .collect();
            rt.new_tuple(s)
        }
        "shape" => rt.new_tuple(vec![Value::small_int(m.len as i64)]),
        "strides" => {
            let s = m
                .strides()
                .into_iter()
                .map(|d| Value::small_int(d as i64))
                .collect();
            rt.new_tuple(s)
        }
        // A multi-dimensional view (C-contiguous) is Fortran-contiguous only if at most
        // one of its dimensions is longer than 1.
        "f_contiguous" if m.ndim > 1 => Value::bool(
            m.shape[..m.ndim as usize]
                .iter()
                .filter(|d| **d > 1)
                .count()
                <= 1,
        ),
        _ => {
            let c = m.ndim > 1 || m.step == m.itemsize as isize || m.len <= 1;
            Value::bool(c)
        }
    })
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.memoryview.clone();
    super::reg(
        rt,
        &t,
        "memoryview",
        &[
            ("__len__", mv_len),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__eq__", mv_eq),
            ("__hash__", mv_hash),
            ("__iter__", mv_iter),
            ("__repr__", mv_repr),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("cast", mv_cast),
            ("release", mv_release),
            ("toreadonly", mv_toreadonly),
            ("__delitem__", mv_delitem),
        ],
    );
    let m = rt.new_method("memoryview", "__new__", memoryview_new);
    crate::exceptions::set_type_attr(rt, &t, "__new__", m);
    let getters: [(&'static str, NativeFn); 12] = [
        ("obj", |rt, a, _| attr(rt, a, "obj")),
        ("nbytes", |rt, a, _| attr(rt, a, "nbytes")),
        ("readonly", |rt, a, _| attr(rt, a, "readonly")),
        ("itemsize", |rt, a, _| attr(rt, a, "itemsize")),
        ("format", |rt, a, _| attr(rt, a, "format")),
        ("ndim", |rt, a, _| attr(rt, a, "ndim")),
        ("shape", |rt, a, _| attr(rt, a, "shape")),
        ("strides", |rt, a, _| attr(rt, a, "strides")),
        ("contiguous", |rt, a, _| attr(rt, a, "contiguous")),
        ("c_contiguous", |rt, a, _| attr(rt, a, "contiguous")),
        ("f_contiguous", |rt, a, _| attr(rt, a, "f_contiguous")),
        ("released", |rt, a, _| attr(rt, a, "released")),
    ];
    for (n, f) in getters {
        let p = prop(rt, n, f);
        crate::exceptions::set_type_attr(rt, &t, n, p);
    }
}
