//! More `bytes`/`bytearray` methods: padding (center, ljust, rjust, zfill, expandtabs),
//! splitting (partition, rpartition, splitlines), prefixes (removeprefix, removesuffix),
//! ASCII case mapping (capitalize, title, swapcase, istitle) and translate/maketrans.
//! Case and whitespace rules are ASCII-only, as CPython's bytes methods are.

use super::{parse_simple, reg, Kw};
use crate::object::{Kind, NativeFn, PyResult};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("splitlines", b_splitlines),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("swapcase", b_swapcase),
        ("istitle", b_istitle),
        ("translate", b_translate),
    ];
    let bt = rt.types.bytes.clone();
    reg(rt, &bt, "bytes", methods);
    super::reg_staticmethod(rt, &bt, "bytes", "maketrans", b_maketrans);
    let ba = rt.types.bytearray.clone();
    reg(rt, &ba, "bytearray", methods);
    super::reg_staticmethod(rt, &ba, "bytearray", "maketrans", b_maketrans);
}

/// The bytes of `self` and whether it is a bytearray.
fn this(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Kind::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => Err(rt.type_error(&format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to this object"
        ))),
    }
}

fn wrap(rt: &mut Runtime, ba: bool, b: Vec<u8>) -> Value {
    if ba {
        super::new_bytearray(b)
    } else {
        rt.new_bytes(b)
    }
}

/// Unchanged `self`: bytes may be returned as is, a bytearray is always a copy.
fn same(rt: &mut Runtime, args: &[Value], b: Vec<u8>, ba: bool) -> Value {
    if ba {
        wrap(rt, true, b)
    } else {
        args[0].clone()
    }
}

fn buf_arg(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    match super::bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn pad_args(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str) -> PyResult<(i64, u8)> {
    super::no_kw(rt, name, kw)?;
    super::check_pos(rt, name, args.len().saturating_sub(1), 1, 2)?;
    let width = rt.index_of(&args[1])?;
    if width > super::str::MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match super::bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    Ok((width, fill))
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn b_center(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "center")?;
    let (width, fill) = pad_args(rt, args, kw, "center")?;
    if width <= b.len() as i64 {
        return Ok(same(rt, args, b, ba));
    }
    let marg = width as usize - b.len();
    let left = marg / 2 + (marg & width as usize & 1);
    let out = padded(&b, left, marg - left, fill);
    Ok(wrap(rt, ba, out))
}

fn b_ljust(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "ljust")?;
    let (width, fill) = pad_args(rt, args, kw, "ljust")?;
    if width <= b.len() as i64 {
        return Ok(same(rt, args, b, ba));
    }
    let out = padded(&b, 0, width as usize - b.len(), fill);
    Ok(wrap(rt, ba, out))
}

fn b_rjust(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "rjust")?;
    let (width, fill) = pad_args(rt, args, kw, "rjust")?;
    if width <= b.len() as i64 {
        return Ok(same(rt, args, b, ba));
    }
    let out = padded(&b, width as usize - b.len(), 0, fill);
    Ok(wrap(rt, ba, out))
}

fn b_zfill(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "zfill")?;
    let w = super::one_arg(rt, "zfill", &args[1..], kw)?;
    let width = rt.index_of(&w)?;
    if width > super::str::MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    if width <= b.len() as i64 {
        return Ok(same(rt, args, b, ba));
    }
    let fill = width as usize - b.len();
    let (sign, rest) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, &b[..]),
    };
    let mut out = Vec::with_capacity(width as usize);
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(wrap(rt, ba, out))
}

fn b_expandtabs(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "expandtabs")?;
    let p = parse_simple(rt, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tabsize = match &p[0] {
        Some(v) => rt.index_of(v)?,
        None => 8,
    };
    if tabsize > super::str::MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in &b {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(rt, ba, out))
}

fn partition(rt: &mut Runtime, args: &[Value], kw: Kw, rev: bool) -> PyResult {
    let name = if rev { "rpartition" } else { "partition" };
    let (b, ba) = this(rt, args, name)?;
    let sep_v = super::one_arg(rt, name, &args[1..], kw)?;
    let sep = buf_arg(rt, &sep_v)?;
    if sep.is_empty() {
        return Err(rt.value_error("empty separator"));
    }
    let found = if rev {
        b.windows(sep.len()).rposition(|w| w == &sep[..])
    } else {
        b.windows(sep.len()).position(|w| w == &sep[..])
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), b.clone()],
        None => [b.clone(), Vec::new(), Vec::new()],
    };
    let mut items: Vec<Value> = parts.into_iter().map(|p| wrap(rt, ba, p)).collect();
    // bytes.partition returns the separator object itself when it is found.
    if !ba && found.is_some() {
        items[1] = sep_v;
    }
    Ok(rt.new_tuple(items))
}

fn b_partition(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    partition(rt, args, kw, false)
}

fn b_rpartition(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    partition(rt, args, kw, true)
}

fn b_splitlines(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "splitlines")?;
    let p = parse_simple(rt, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(v) => rt.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        out.push(wrap(rt, ba, b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        out.push(wrap(rt, ba, b[start..].to_vec()));
    }
    Ok(rt.new_list(out))
}

fn strip_affix(rt: &mut Runtime, args: &[Value], kw: Kw, prefix: bool) -> PyResult {
    let name = if prefix {
        "removeprefix"
    } else {
        "removesuffix"
    };
    let (b, ba) = this(rt, args, name)?;
    let a = super::one_arg(rt, name, &args[1..], kw)?;
    let affix = buf_arg(rt, &a)?;
    let cut = if prefix && b.starts_with(&affix) && !affix.is_empty() {
        Some(b[affix.len()..].to_vec())
    } else if !prefix && b.ends_with(&affix) && !affix.is_empty() {
        Some(b[..b.len() - affix.len()].to_vec())
    } else {
        None
    };
    Ok(match cut {
        Some(c) => wrap(rt, ba, c),
        None => same(rt, args, b, ba),
    })
}

fn b_removeprefix(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_affix(rt, args, kw, true)
}

fn b_removesuffix(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_affix(rt, args, kw, false)
}

fn b_capitalize(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "capitalize")?;
    super::no_args(rt, "bytes.capitalize", &args[1..], kw)?;
    let out: Vec<u8> = b
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(wrap(rt, ba, out))
}

fn b_title(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "title")?;
    super::no_args(rt, "bytes.title", &args[1..], kw)?;
    let mut prev_cased = false;
    let out: Vec<u8> = b
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(wrap(rt, ba, out))
}

fn b_swapcase(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "swapcase")?;
    super::no_args(rt, "bytes.swapcase", &args[1..], kw)?;
    let out: Vec<u8> = b
        .iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect();
    Ok(wrap(rt, ba, out))
}

fn b_istitle(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "istitle")?;
    super::no_args(rt, "bytes.istitle", &args[1..], kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for &c in &b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn b_translate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "translate")?;
    let p = parse_args_translate(rt, &args[1..], kw)?;
    let table = match &p.0 {
        Some(t) if !t.is_none() => {
            let t = buf_arg(rt, t)?;
            if t.len() != 256 {
                return Err(rt.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match &p.1 {
        Some(d) => buf_arg(rt, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(wrap(rt, ba, out))
}

fn parse_args_translate(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let p = super::parse_args(rt, "translate", args, kw, &["", "delete"], 0, 2, 1)?;
    Ok((p[0].clone(), p[1].clone()))
}

fn b_maketrans(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::no_kw(rt, "maketrans", kw)?;
    super::check_pos(rt, "maketrans", args.len(), 2, 2)?;
    let from = buf_arg(rt, &args[0])?;
    let to = buf_arg(rt, &args[1])?;
    if from.len() != to.len() {
        return Err(rt.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(rt.new_bytes(table))
}
