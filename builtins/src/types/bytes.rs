//! `bytes` and `bytearray`: their common methods (decode, hex, fromhex, split, join, strip,
//! find, count, replace, case mapping...) and bytearray's mutators. The codecs are in
//! `codecs`.

use std::cell::RefCell;

use super::str::{adjust_indices, slice_index};
use super::{
    as_str, bytes_like, check_pos, check_takes, given, new_bytearray, no_args, one_arg,
    parse_simple, reg, reg_classmethod, Kw,
};
use crate::object::{Kind, PyResult};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("isascii", b_isascii),
    ];
    let bt = rt.types.bytes.clone();
    reg(rt, &bt, "bytes", common);
    reg_classmethod(rt, &bt, "bytes", "fromhex", b_fromhex);
    let ba = rt.types.bytearray.clone();
    reg(rt, &ba, "bytearray", common);
    reg(
        rt,
        &ba,
        "bytearray",
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("insert", ba_insert),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
        ],
    );
    reg_classmethod(rt, &ba, "bytearray", "fromhex", b_fromhex);
}

// ---- helpers --------------------------------------------------------------------------------

/// The bytes of `self` (bytes or bytearray) and whether it is a bytearray.
fn this(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let Some(v) = args.first() else {
        return Err(rt.type_error(&format!("unbound method bytes.{name}() needs an argument")));
    };
    match v.kind() {
        Some(Kind::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Kind::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn wrap(rt: &mut Runtime, ba: bool, b: Vec<u8>) -> Value {
    if ba {
        new_bytearray(b)
    } else {
        rt.new_bytes(b)
    }
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
pub(crate) fn buf_arg(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A bytes-like argument or an int byte value (for find/count/index).
fn sub_arg(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    if crate::ops::num::is_int(v) {
        let x = rt.index_of(v)?;
        if !(0..256).contains(&x) {
            return Err(rt.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![x as u8]);
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
    }
}

/// The bytes of an iterable of ints in range(256).
pub fn bytes_from_iterable(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    ints_from_iterable(rt, v, "bytes must be in range(0, 256)")
}

/// `bytes_from_iterable` with bytearray's message for an out-of-range item.
pub fn bytearray_from_iterable(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    ints_from_iterable(rt, v, "byte must be in range(0, 256)")
}

fn ints_from_iterable(rt: &mut Runtime, v: &Value, range_msg: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    let it = rt.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = rt.next(&it)? {
        let n = rt.index_of(&x)?;
        if !(0..256).contains(&n) {
            return Err(rt.value_error(range_msg));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn find_sub(hay: &[u8], sub: &[u8], rev: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    let last = hay.len() - sub.len();
    if rev {
        (0..=last).rev().find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        (0..=last).find(|&i| &hay[i..i + sub.len()] == sub)
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `self`'s bytes, whether it is a bytearray, the needle and the adjusted (start, end).
type RangeArgs = (Vec<u8>, bool, Vec<u8>, usize, usize);

fn range_args(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str) -> PyResult<RangeArgs> {
    let (b, ba) = this(rt, args, name)?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("bytes.{name}"), kw)?;
    }
    check_takes(rt, name, args.len() - 1, 1, 3)?;
    let sub = sub_arg(rt, &args[1])?;
    let st = match args.get(2) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let en = match args.get(3) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let (s, e) = adjust_indices(st, en, b.len());
    Ok((b, ba, sub, s, e))
}

fn find_impl(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult<i64> {
    let (b, _, sub, s, e) = range_args(rt, args, kw, name)?;
    if s > e || e - s < sub.len() {
        return Ok(-1);
    }
    Ok(find_sub(&b[s..e], &sub, rev).map_or(-1, |i| (i + s) as i64))
}

// ---- methods --------------------------------------------------------------------------------

fn b_decode(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "decode")?;
    let p = parse_simple(rt, "decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let mut names = [String::from("utf-8"), String::from("strict")];
    for (i, pname) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &p[i] {
            match as_str(v) {
                Some(s) => names[i] = s.to_string(),
                None => {
                    let tn = rt.arg_type_name(v);
                    return Err(rt.type_error(&format!(
                        "decode() argument '{pname}' must be str, not {tn}"
                    )));
                }
            }
        }
    }
    let s = super::codecs::decode_bytes(rt, &b, &names[0], &names[1])?;
    Ok(rt.new_string(s))
}

fn b_hex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "hex")?;
    let p = parse_simple(rt, "hex", &args[1..], kw, &["sep", "bytes_per_sep"], 0)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sepv) = given(&p[0]) else {
        return Ok(rt.new_string(digits.concat()));
    };
    let sep = match sepv.kind() {
        Some(Kind::Str(s)) => s.s.as_str().to_owned(),
        Some(Kind::Bytes(s)) => String::from_utf8_lossy(s).into_owned(),
        _ => {
            let tn = rt.type_name(sepv);
            return Err(rt.type_error(&format!("object of type '{tn}' has no len()")));
        }
    };
    if sep.chars().count() != 1 {
        return Err(rt.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(rt.value_error("sep must be ASCII."));
    }
    let per = match &p[1] {
        Some(v) => rt.index_of(v)?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(rt.new_string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups are counted from the right.
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(rt.new_string(groups.join(&sep)))
}

fn b_fromhex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "fromhex")?;
    let s = one_arg(rt, "fromhex", &args[1..], kw)?;
    let Some(text) = as_str(&s) else {
        let tn = rt.arg_type_name(&s);
        return Err(rt.type_error(&format!("fromhex() argument must be str, not {tn}")));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(rt.value_error(&format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (_, None) => {
                return Err(rt.value_error(&format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
        }
        i += 2;
    }
    let cls = args.first().cloned().unwrap_or(Value::NONE);
    if cls.is(&rt.types.bytearray) {
        Ok(new_bytearray(out))
    } else if cls.is(&rt.types.bytes) || cls.is_none() {
        Ok(rt.new_bytes(out))
    } else {
        let b = rt.new_bytes(out);
        rt.call(&cls, &[b], &[])
    }
}

fn split_common(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult {
    let (b, ba) = this(rt, args, name)?;
    let p = parse_simple(rt, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let maxsplit = match &p[1] {
        Some(m) => rt.index_of(m)?,
        None => -1,
    };
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match given(&p[0]) {
        None => {
            let mut rest: &[u8] = &b;
            loop {
                if rev {
                    while rest.last().is_some_and(|&c| is_space(c)) {
                        rest = &rest[..rest.len() - 1];
                    }
                } else {
                    while rest.first().is_some_and(|&c| is_space(c)) {
                        rest = &rest[1..];
                    }
                }
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    parts.push(rest.to_vec());
                    break;
                }
                left -= 1;
                if rev {
                    let i = rest.iter().rposition(|&c| is_space(c));
                    match i {
                        Some(i) => {
                            parts.push(rest[i + 1..].to_vec());
                            rest = &rest[..i];
                        }
                        None => {
                            parts.push(rest.to_vec());
                            break;
                        }
                    }
                } else {
                    let i = rest.iter().position(|&c| is_space(c));
                    match i {
                        Some(i) => {
                            parts.push(rest[..i].to_vec());
                            rest = &rest[i..];
                        }
                        None => {
                            parts.push(rest.to_vec());
                            break;
                        }
                    }
                }
            }
        }
        Some(sepv) => {
            let sep = buf_arg(rt, sepv)?;
            if sep.is_empty() {
                return Err(rt.value_error("empty separator"));
            }
            let mut rest: &[u8] = &b;
            while left > 0 {
                match find_sub(rest, &sep, rev) {
                    Some(i) => {
                        if rev {
                            parts.push(rest[i + sep.len()..].to_vec());
                            rest = &rest[..i];
                        } else {
                            parts.push(rest[..i].to_vec());
                            rest = &rest[i + sep.len()..];
                        }
                        left -= 1;
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
    }
    if rev {
        parts.reverse();
    }
    let items = parts.into_iter().map(|x| wrap(rt, ba, x)).collect();
    Ok(rt.new_list(items))
}

fn b_split(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    split_common(rt, args, kw, "split", false)
}

fn b_rsplit(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    split_common(rt, args, kw, "rsplit", true)
}

fn b_join(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (sep, ba) = this(rt, args, "join")?;
    let it = one_arg(rt, "bytes.join", &args[1..], kw)?;
    if rt.get_iter(&it).is_err() {
        return Err(rt.type_error("can only join an iterable"));
    }
    let items = rt.to_vec(&it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let tn = rt.type_name(x);
                return Err(rt.type_error(&format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
    }
    Ok(wrap(rt, ba, out))
}

fn strip_common(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
    name: &str,
    l: bool,
    r: bool,
) -> PyResult {
    let (b, ba) = this(rt, args, name)?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("bytes.{name}"), kw)?;
    }
    check_pos(rt, name, args.len() - 1, 0, 1)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(buf_arg(rt, v)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if l {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if r {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(wrap(rt, ba, b[s..e].to_vec()))
}

fn b_strip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_common(rt, args, kw, "strip", true, true)
}
fn b_lstrip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_common(rt, args, kw, "lstrip", true, false)
}
fn b_rstrip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_common(rt, args, kw, "rstrip", false, true)
}

fn starts_ends(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, ends: bool) -> PyResult {
    let (b, _) = this(rt, args, name)?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("bytes.{name}"), kw)?;
    }
    check_takes(rt, name, args.len() - 1, 1, 3)?;
    // Tuple items are checked as they are reached (a match stops the search first).
    let cands: Vec<Value> = match args[1].kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => match bytes_like(&args[1]) {
            Some(_) => vec![args[1].clone()],
            None => {
                let tn = rt.type_name(&args[1]);
                return Err(rt.type_error(&format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {tn}"
                )));
            }
        },
    };
    let st = match args.get(2) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let en = match args.get(3) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let (s, e) = adjust_indices(st, en, b.len());
    for cv in cands {
        let Some(c) = bytes_like(&cv) else {
            let tn = rt.type_name(&cv);
            return Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")));
        };
        if s > e || e - s < c.len() {
            continue;
        }
        let hay = &b[s..e];
        if (ends && hay.ends_with(&c)) || (!ends && hay.starts_with(&c)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_startswith(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    starts_ends(rt, args, kw, "startswith", false)
}
fn b_endswith(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    starts_ends(rt, args, kw, "endswith", true)
}

fn b_find(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    Ok(Value::small_int(find_impl(rt, args, kw, "find", false)?))
}
fn b_rfind(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    Ok(Value::small_int(find_impl(rt, args, kw, "rfind", true)?))
}
fn b_index(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    match find_impl(rt, args, kw, "index", false)? {
        -1 => Err(rt.value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}
fn b_rindex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    match find_impl(rt, args, kw, "rindex", true)? {
        -1 => Err(rt.value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn b_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _, sub, s, e) = range_args(rt, args, kw, "count")?;
    if s > e {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(Value::small_int((e - s + 1) as i64));
    }
    let mut n = 0;
    let mut i = s;
    while i + sub.len() <= e {
        if b[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::small_int(n))
}

fn b_replace(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "replace")?;
    super::no_kw(rt, "bytes.replace", kw)?;
    check_pos(rt, "replace", args.len() - 1, 2, 3)?;
    let old = buf_arg(rt, &args[1])?;
    let new = buf_arg(rt, &args[2])?;
    let mut count = match args.get(3) {
        Some(c) => rt.index_of(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        for &x in &b {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(x);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(wrap(rt, ba, out));
    }
    while i < b.len() {
        if count != 0 && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(wrap(rt, ba, out))
}

fn b_upper(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "upper")?;
    no_args(rt, "bytes.upper", &args[1..], kw)?;
    Ok(wrap(rt, ba, b.to_ascii_uppercase()))
}

fn b_lower(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, ba) = this(rt, args, "lower")?;
    no_args(rt, "bytes.lower", &args[1..], kw)?;
    Ok(wrap(rt, ba, b.to_ascii_lowercase()))
}

fn pred(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, f: fn(&u8) -> bool) -> PyResult {
    let (b, _) = this(rt, args, name)?;
    if args.len() > 1 || !kw.is_empty() {
        no_args(rt, &format!("bytes.{name}"), &args[1..], kw)?;
    }
    Ok(Value::bool(!b.is_empty() && b.iter().all(f)))
}

fn b_isdigit(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred(rt, args, kw, "isdigit", u8::is_ascii_digit)
}
fn b_isalpha(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred(rt, args, kw, "isalpha", u8::is_ascii_alphabetic)
}
fn b_isalnum(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred(rt, args, kw, "isalnum", u8::is_ascii_alphanumeric)
}
fn b_isspace(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred(rt, args, kw, "isspace", |c| is_space(*c))
}

fn b_isupper(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "isupper")?;
    no_args(rt, "bytes.isupper", &args[1..], kw)?;
    Ok(Value::bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn b_islower(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "islower")?;
    no_args(rt, "bytes.islower", &args[1..], kw)?;
    Ok(Value::bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn b_isascii(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (b, _) = this(rt, args, "isascii")?;
    no_args(rt, "bytes.isascii", &args[1..], kw)?;
    Ok(Value::bool(b.is_ascii()))
}

// ---- bytearray mutators -----------------------------------------------------------------------

fn ba_cell<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::ByteArray(b)) => Ok(b),
        _ => Err(rt.type_error(&format!(
            "descriptor '{name}' requires a 'bytearray' object"
        ))),
    }
}

fn byte_value(rt: &mut Runtime, v: &Value) -> PyResult<u8> {
    let n = rt.index_of(v)?;
    if !(0..256).contains(&n) {
        return Err(rt.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn ba_append(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "append")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    let v = one_arg(rt, "bytearray.append", &args[1..], kw)?;
    let b = byte_value(rt, &v)?;
    cell.borrow_mut().push(b);
    Ok(Value::NONE)
}

fn ba_extend(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "extend")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    let v = one_arg(rt, "bytearray.extend", &args[1..], kw)?;
    if bytes_like(&v).is_none() && rt.get_iter(&v).is_err() {
        let tn = rt.type_name(&v);
        return Err(rt.type_error(&format!("can't extend bytearray with {tn}")));
    }
    let data = bytearray_from_iterable(rt, &v)?;
    cell.borrow_mut().extend_from_slice(&data);
    Ok(Value::NONE)
}

fn ba_pop(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "pop")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    super::no_kw(rt, "bytearray.pop", kw)?;
    check_pos(rt, "pop", args.len() - 1, 0, 1)?;
    let idx = match args.get(1) {
        Some(v) => rt.index_of(v)?,
        None => -1,
    };
    let len = cell.borrow().len() as i64;
    if len == 0 {
        return Err(rt.index_error("pop from empty bytearray"));
    }
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        return Err(rt.index_error("pop index out of range"));
    }
    let b = cell.borrow_mut().remove(i as usize);
    Ok(Value::small_int(b as i64))
}

fn ba_insert(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "insert")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    super::no_kw(rt, "bytearray.insert", kw)?;
    check_pos(rt, "insert", args.len() - 1, 2, 2)?;
    let idx = rt.index_of(&args[1])?;
    let b = byte_value(rt, &args[2])?;
    let len = cell.borrow().len() as i64;
    let i = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    cell.borrow_mut().insert(i as usize, b);
    Ok(Value::NONE)
}

fn ba_remove(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "remove")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    let v = one_arg(rt, "bytearray.remove", &args[1..], kw)?;
    let b = byte_value(rt, &v)?;
    let pos = cell.borrow().iter().position(|&x| x == b);
    match pos {
        Some(i) => {
            cell.borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(rt.value_error("value not found in bytearray")),
    }
}

fn ba_clear(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "clear")?;
    super::memoryview::check_resizable(rt, &args[0])?;
    no_args(rt, "bytearray.clear", &args[1..], kw)?;
    cell.borrow_mut().clear();
    Ok(Value::NONE)
}

fn ba_copy(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "copy")?;
    no_args(rt, "bytearray.copy", &args[1..], kw)?;
    let v = cell.borrow().clone();
    Ok(new_bytearray(v))
}

fn ba_reverse(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cell = ba_cell(rt, args, "reverse")?;
    no_args(rt, "bytearray.reverse", &args[1..], kw)?;
    cell.borrow_mut().reverse();
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_search() {
        assert_eq!(find_sub(b"abcabc", b"bc", false), Some(1));
        assert_eq!(find_sub(b"abcabc", b"bc", true), Some(4));
        assert_eq!(find_sub(b"abc", b"", true), Some(3));
        assert_eq!(find_sub(b"ab", b"abc", false), None);
    }
}
