//! The methods of `str`: searching, splitting, joining, stripping, case mapping, padding,
//! predicates, encoding and translation, with CPython's semantics (indices count code
//! points) and error messages. `format`, `format_map` and `%` live in `str_format`.

use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use super::str_unicode as uni;
use super::{
    as_str, check_pos, check_takes, given, no_args, one_arg, parse_simple, reg, reg_staticmethod,
    Kw,
};
use crate::dict::Dict;
use crate::object::{Exc, Kind, PyResult, PyStr};
use crate::ops::num::to_big;
use crate::value::Value;
use crate::Runtime;

pub use super::str_format::percent_format;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.str_.clone();
    reg(
        rt,
        &ty,
        "str",
        &[
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("replace", str_replace),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("expandtabs", str_expandtabs),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("isdigit", str_isdigit),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isidentifier", str_isidentifier),
            ("isprintable", str_isprintable),
            ("isascii", str_isascii),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("encode", str_encode),
            ("translate", str_translate),
            ("format", super::str_format::str_format),
            ("format_map", super::str_format::str_format_map),
        ],
    );
    reg_staticmethod(rt, &ty, "str", "maketrans", str_maketrans);
}

// ---- helpers ------------------------------------------------------------------------------

/// `self` of a str method, with CPython's errors for unbound calls on other types.
fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method str.{name}() needs an argument"))),
        Some(v) => match v.kind() {
            Some(Kind::Str(s)) => Ok(s),
            _ => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

/// A str argument, or "must be str, not int".
fn str_arg<'a>(rt: &mut Runtime, v: &'a Value) -> PyResult<&'a str> {
    match v.kind() {
        Some(Kind::Str(s)) => Ok(&s.s),
        _ => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!("must be str, not {tn}")))
        }
    }
}

/// A str argument with a named message: "replace() argument 1 must be str, not int".
fn str_arg_n<'a>(rt: &mut Runtime, v: &'a Value, fname: &str, n: &str) -> PyResult<&'a str> {
    match v.kind() {
        Some(Kind::Str(s)) => Ok(&s.s),
        _ => {
            let tn = rt.arg_type_name(v);
            Err(rt.type_error(&format!("{fname}() argument {n} must be str, not {tn}")))
        }
    }
}

/// The byte offset of code point `ci` (clamped to the end).
pub fn byte_of(s: &PyStr, ci: usize) -> usize {
    s.byte_at(ci)
}

/// `_PyEval_SliceIndex`: None, an int (clamped to i64) or an `__index__` object.
pub fn slice_index(rt: &mut Runtime, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(b) = to_big(v) {
        return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        })));
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        let t = rt.type_of(v);
        if crate::typeobj::lookup(&t, "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if to_big(&r).is_none() {
                    let tn = rt.type_name(&r);
                    return Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")));
                }
                if let Some(b) = to_big(&r) {
                    return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    })));
                }
            }
        }
    }
    Err(rt.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// CPython's `ADJUST_INDICES`: (start, end) in 0..=len, start possibly beyond end.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s as usize, e as usize)
}

/// Parses `(sub[, start[, end]])` for find/count/index and friends.
fn sub_range<'a>(
    rt: &mut Runtime,
    args: &'a [Value],
    kw: Kw,
    name: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("str.{name}"), kw)?;
    }
    check_takes(rt, name, args.len() - 1, 1, 3)?;
    let sub = str_arg(rt, &args[1])?;
    let start = match args.get(2) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let end = match args.get(3) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    Ok((sub, start, end))
}

/// Finds `sub` in `s[start:end]` (code point indices); `rev` searches from the right.
fn find_in(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (st, en) = adjust_indices(start, end, s.chars);
    let sublen = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    };
    if st > en || en - st < sublen {
        return -1;
    }
    let (bs, be) = (byte_of(s, st), byte_of(s, en));
    let hay = &s.s[bs..be];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    match found {
        Some(b) => s.char_at_byte(bs + b) as i64,
        None => -1,
    }
}

fn new_str_list(rt: &mut Runtime, parts: Vec<&str>) -> Value {
    let items = parts.into_iter().map(|p| rt.new_str(p)).collect();
    rt.new_list(items)
}

// ---- searching ----------------------------------------------------------------------------

fn str_find(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "find")?;
    let (sub, st, en) = sub_range(rt, args, kw, "find")?;
    Ok(Value::small_int(find_in(s, sub, st, en, false)))
}

fn str_rfind(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "rfind")?;
    let (sub, st, en) = sub_range(rt, args, kw, "rfind")?;
    Ok(Value::small_int(find_in(s, sub, st, en, true)))
}

fn str_index(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "index")?;
    let (sub, st, en) = sub_range(rt, args, kw, "index")?;
    match find_in(s, sub, st, en, false) {
        -1 => Err(rt.value_error("substring not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn str_rindex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "rindex")?;
    let (sub, st, en) = sub_range(rt, args, kw, "rindex")?;
    match find_in(s, sub, st, en, true) {
        -1 => Err(rt.value_error("substring not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn str_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "count")?;
    let (sub, st, en) = sub_range(rt, args, kw, "count")?;
    let (st, en) = adjust_indices(st, en, s.chars);
    if st > en {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(Value::small_int((en - st + 1) as i64));
    }
    let hay = &s.s[byte_of(s, st)..byte_of(s, en)];
    Ok(Value::small_int(hay.matches(sub).count() as i64))
}

fn str_replace(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "replace")?;
    super::no_kw(rt, "str.replace", kw)?;
    check_pos(rt, "replace", args.len() - 1, 2, 3)?;
    let old = str_arg_n(rt, &args[1], "replace", "1")?;
    let new = str_arg_n(rt, &args[2], "replace", "2")?;
    let count = match args.get(3) {
        Some(c) => rt.index_of(c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.s.contains(old)) {
        return Ok(args[0].clone());
    }
    let r = if count < 0 {
        s.s.replace(old, new)
    } else {
        s.s.replacen(old, new, count as usize)
    };
    Ok(rt.new_string(r))
}

fn prefix_arg(rt: &mut Runtime, v: &Value, name: &str) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(Kind::Str(_)) => Ok(vec![v.clone()]),
        // Tuple items are checked as they are reached (a match stops the search first).
        Some(Kind::Tuple(t)) => Ok(t.to_vec()),
        _ => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn starts_ends(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, ends: bool) -> PyResult {
    let s = this(rt, args, name)?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("str.{name}"), kw)?;
    }
    check_takes(rt, name, args.len() - 1, 1, 3)?;
    let cands = prefix_arg(rt, &args[1], name)?;
    let start = match args.get(2) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let end = match args.get(3) {
        Some(v) => slice_index(rt, v)?,
        None => None,
    };
    let (st, en) = adjust_indices(start, end, s.chars);
    for c in &cands {
        let Some(p) = as_str(c) else {
            let tn = rt.type_name(c);
            return Err(rt.type_error(&format!("tuple for {name} must only contain str, not {tn}")));
        };
        let plen = if p.is_ascii() {
            p.len()
        } else {
            p.chars().count()
        };
        if st > en || en - st < plen {
            continue;
        }
        let hay = &s.s[byte_of(s, st)..byte_of(s, en)];
        if (ends && hay.ends_with(p)) || (!ends && hay.starts_with(p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    starts_ends(rt, args, kw, "startswith", false)
}

fn str_endswith(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    starts_ends(rt, args, kw, "endswith", true)
}

// ---- splitting and joining ------------------------------------------------------------------

fn split_args(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
    name: &str,
) -> PyResult<(Option<Value>, i64)> {
    // (The common forms `s.split()` and `s.split(sep)` without the general parser.)
    if kw.is_empty() && args.len() <= 2 {
        match args.get(1) {
            None => return Ok((None, -1)),
            Some(s) if matches!(s.kind(), Some(Kind::Str(_))) => return Ok((Some(s.clone()), -1)),
            _ => {}
        }
    }
    let p = parse_simple(rt, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = given(&p[0]).cloned();
    if let Some(s) = &sep {
        if !matches!(s.kind(), Some(Kind::Str(_))) {
            let tn = rt.type_name(s);
            return Err(rt.type_error(&format!("must be str or None, not {tn}")));
        }
    }
    let maxsplit = match &p[1] {
        Some(m) => rt.index_of(m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// `str.split()` on whitespace.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    loop {
        rest = rest.trim_start_matches(uni::is_space);
        if rest.is_empty() {
            return out;
        }
        if left == 0 {
            out.push(rest);
            return out;
        }
        left -= 1;
        match rest.find(uni::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push(rest);
                return out;
            }
        }
    }
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    loop {
        rest = rest.trim_end_matches(uni::is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        left -= 1;
        match rest.rfind(uni::is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + w..]);
                rest = &rest[..i + w];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_split(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "split")?;
    let (sep, maxsplit) = split_args(rt, args, kw, "split")?;
    let parts = match &sep {
        None => split_whitespace(&s.s, maxsplit),
        Some(sep) => {
            let sep = as_str(sep).unwrap_or("");
            if sep.is_empty() {
                return Err(rt.value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.s.split(sep).collect()
            } else {
                s.s.splitn(maxsplit.saturating_add(1) as usize, sep)
                    .collect()
            }
        }
    };
    Ok(new_str_list(rt, parts))
}

fn str_rsplit(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "rsplit")?;
    let (sep, maxsplit) = split_args(rt, args, kw, "rsplit")?;
    let parts = match &sep {
        None => rsplit_whitespace(&s.s, maxsplit),
        Some(sep) => {
            let sep = as_str(sep).unwrap_or("");
            if sep.is_empty() {
                return Err(rt.value_error("empty separator"));
            }
            let mut v: Vec<&str> = if maxsplit < 0 {
                s.s.rsplit(sep).collect()
            } else {
                s.s.rsplitn(maxsplit.saturating_add(1) as usize, sep)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(new_str_list(rt, parts))
}

/// `str.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if uni::is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn str_splitlines(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "splitlines")?;
    let p = parse_simple(rt, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(v) => {
            if v.is_float() {
                return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
            }
            rt.truthy(v)?
        }
        None => false,
    };
    let parts = splitlines(&s.s, keep);
    Ok(new_str_list(rt, parts))
}

fn str_join(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "join")?;
    let it = one_arg(rt, "str.join", &args[1..], kw)?;
    let items = match it.kind() {
        Some(Kind::List(l)) => l.borrow().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            let iter = match rt.get_iter(&it) {
                Ok(i) => i,
                Err(e) if rt.exc_matches(&e, "TypeError") => {
                    return Err(rt.type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            // (Through Runtime::feed: a generator's items in one run of its frame.)
            let mut v = Vec::new();
            rt.feed(&iter, &mut |x| {
                v.push(x);
                None
            })?;
            v
        }
    };
    if items.len() == 1 {
        if let Some(Kind::Str(_)) = items[0].kind() {
            return Ok(items[0].clone());
        }
    }
    // Instances of str subclasses join by their text.
    fn text_of(v: &Value) -> Option<&str> {
        as_str(v).or_else(|| crate::typeobj::builtin_payload(v).and_then(as_str))
    }
    let mut total = 0;
    for (i, x) in items.iter().enumerate() {
        match text_of(x) {
            Some(p) => total += p.len(),
            None => {
                let tn = rt.type_name(x);
                return Err(rt.type_error(&format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    let cap = total + s.s.len() * items.len().saturating_sub(1);
    let out = crate::text::Text::build(cap, |out| {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&s.s);
            }
            out.push_str(text_of(x).unwrap_or(""));
        }
    });
    Ok(rt.new_text(out))
}

fn strip_impl(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    let s = this(rt, args, name)?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("str.{name}"), kw)?;
    }
    check_pos(rt, name, args.len() - 1, 0, 1)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match v.kind() {
            Some(Kind::Str(c)) => Some(c.s.chars().collect()),
            _ => return Err(rt.type_error(&format!("{name} arg must be None or str"))),
        },
    };
    let pred = |c: char| match &chars {
        None => uni::is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &s.s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.s.len() {
        return Ok(args[0].clone());
    }
    Ok(rt.new_str(r))
}

fn str_strip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(rt, args, kw, "strip", true, true)
}

fn str_lstrip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(rt, args, kw, "lstrip", true, false)
}

fn str_rstrip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(rt, args, kw, "rstrip", false, true)
}

fn partition_impl(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult {
    let s = this(rt, args, name)?;
    let sepv = if args.len() == 2 && kw.is_empty() {
        args[1].clone()
    } else {
        one_arg(rt, &format!("str.{name}"), &args[1..], kw)?
    };
    let sep = str_arg(rt, &sepv)?;
    if sep.is_empty() {
        return Err(rt.value_error("empty separator"));
    }
    let found = if rev { s.s.rfind(sep) } else { s.s.find(sep) };
    let parts = match found {
        Some(i) => vec![
            rt.new_str(&s.s[..i]),
            sepv.clone(),
            rt.new_str(&s.s[i + sep.len()..]),
        ],
        None if rev => vec![rt.empty_str.clone(), rt.empty_str.clone(), args[0].clone()],
        None => vec![args[0].clone(), rt.empty_str.clone(), rt.empty_str.clone()],
    };
    Ok(rt.new_tuple(parts))
}

fn str_partition(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    partition_impl(rt, args, kw, "partition", false)
}

fn str_rpartition(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    partition_impl(rt, args, kw, "rpartition", true)
}

// ---- case mapping ---------------------------------------------------------------------------

fn map_noargs(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: fn(&str) -> String,
    ascii: Option<fn(&mut str)>,
) -> PyResult {
    let s = this(rt, args, name)?;
    if args.len() > 1 || !kw.is_empty() {
        no_args(rt, &format!("str.{name}"), &args[1..], kw)?;
    }
    // (A case mapping with an in-place ASCII form changes a copy of an ASCII str where it
    // is, with no intermediate String.)
    if let Some(a) = ascii.filter(|_| s.is_ascii()) {
        let r = crate::text::Text::mapped(&s.s, a);
        if *r == *s.s {
            return Ok(args[0].clone());
        }
        return Ok(rt.new_text(r));
    }
    let r = f(&s.s);
    if r == *s.s {
        return Ok(args[0].clone());
    }
    Ok(rt.new_string(r))
}

fn str_upper(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(
        rt,
        args,
        kw,
        "upper",
        uni::upper,
        Some(str::make_ascii_uppercase),
    )
}
fn str_lower(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(
        rt,
        args,
        kw,
        "lower",
        uni::lower,
        Some(str::make_ascii_lowercase),
    )
}
fn str_casefold(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(rt, args, kw, "casefold", uni::casefold, None)
}
fn str_title(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(rt, args, kw, "title", uni::title, None)
}
fn str_capitalize(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(rt, args, kw, "capitalize", uni::capitalize, None)
}
fn str_swapcase(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    map_noargs(rt, args, kw, "swapcase", uni::swapcase, None)
}

// ---- padding ----------------------------------------------------------------------------------

fn pad_args(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str) -> PyResult<(i64, char)> {
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("str.{name}"), kw)?;
    }
    check_pos(rt, name, args.len() - 1, 1, 2)?;
    let width = rt.index_of(&args[1])?;
    if width > MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => match v.kind() {
            Some(Kind::Str(f)) if f.chars == 1 => f.s.chars().next().unwrap_or(' '),
            Some(Kind::Str(_)) => {
                return Err(rt.type_error("The fill character must be exactly one character long"))
            }
            _ => {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            }
        },
    };
    Ok((width, fill))
}

/// Text longer than this is refused with MemoryError rather than attempted (an
/// allocation failure would abort the process).
pub const MAX_TEXT: i64 = 1 << 34;

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn str_center(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "center")?;
    let (width, fill) = pad_args(rt, args, kw, "center")?;
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    let marg = width as usize - s.chars;
    let left = marg / 2 + (marg & width as usize & 1);
    Ok(rt.new_string(pad(&s.s, left, marg - left, fill)))
}

fn str_ljust(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "ljust")?;
    let (width, fill) = pad_args(rt, args, kw, "ljust")?;
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    Ok(rt.new_string(pad(&s.s, 0, width as usize - s.chars, fill)))
}

fn str_rjust(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "rjust")?;
    let (width, fill) = pad_args(rt, args, kw, "rjust")?;
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    Ok(rt.new_string(pad(&s.s, width as usize - s.chars, 0, fill)))
}

fn str_zfill(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "zfill")?;
    let w = one_arg(rt, "str.zfill", &args[1..], kw)?;
    let width = rt.index_of(&w)?;
    if width > MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    if width <= s.chars as i64 {
        return Ok(args[0].clone());
    }
    let fill = width as usize - s.chars;
    let (sign, rest) = match s.s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s.s[1..]),
        _ => (None, &*s.s),
    };
    let mut out = String::with_capacity(width as usize);
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(rt.new_string(out))
}

fn str_expandtabs(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "expandtabs")?;
    let p = parse_simple(rt, "expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let tabsize = match &p[0] {
        Some(v) => rt.index_of(v)?,
        None => 8,
    };
    if !s.s.contains('\t') {
        return Ok(args[0].clone());
    }
    if tabsize > MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    let mut out = String::with_capacity(s.s.len());
    let mut col: i64 = 0;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(rt.new_string(out))
}

fn str_removeprefix(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "removeprefix")?;
    let p = one_arg(rt, "str.removeprefix", &args[1..], kw)?;
    let Some(pre) = as_str(&p) else {
        let tn = rt.arg_type_name(&p);
        return Err(rt.type_error(&format!("removeprefix() argument must be str, not {tn}")));
    };
    match s.s.strip_prefix(pre) {
        Some(r) if !pre.is_empty() => Ok(rt.new_str(r)),
        _ => Ok(args[0].clone()),
    }
}

fn str_removesuffix(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "removesuffix")?;
    let p = one_arg(rt, "str.removesuffix", &args[1..], kw)?;
    let Some(suf) = as_str(&p) else {
        let tn = rt.arg_type_name(&p);
        return Err(rt.type_error(&format!("removesuffix() argument must be str, not {tn}")));
    };
    match s.s.strip_suffix(suf) {
        Some(r) if !suf.is_empty() => Ok(rt.new_str(r)),
        _ => Ok(args[0].clone()),
    }
}

// ---- predicates -----------------------------------------------------------------------------

fn pred_all(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, f: fn(char) -> bool) -> PyResult {
    let s = this(rt, args, name)?;
    if args.len() > 1 || !kw.is_empty() {
        no_args(rt, &format!("str.{name}"), &args[1..], kw)?;
    }
    Ok(Value::bool(!s.s.is_empty() && s.s.chars().all(f)))
}

fn str_isdigit(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isdigit", uni::is_digit)
}
fn str_isalpha(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isalpha", uni::is_alpha)
}
fn str_isalnum(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isalnum", uni::is_alnum)
}
fn str_isspace(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isspace", uni::is_space)
}
fn str_isdecimal(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isdecimal", uni::is_decimal)
}
fn str_isnumeric(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    pred_all(rt, args, kw, "isnumeric", uni::is_numeric)
}

fn str_isprintable(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "isprintable")?;
    no_args(rt, "str.isprintable", &args[1..], kw)?;
    Ok(Value::bool(s.s.chars().all(uni::is_printable)))
}

fn str_isascii(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "isascii")?;
    no_args(rt, "str.isascii", &args[1..], kw)?;
    Ok(Value::bool(s.is_ascii()))
}

fn str_isidentifier(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "isidentifier")?;
    no_args(rt, "str.isidentifier", &args[1..], kw)?;
    Ok(Value::bool(uni::is_identifier(&s.s)))
}

fn str_isupper(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "isupper")?;
    no_args(rt, "str.isupper", &args[1..], kw)?;
    let mut cased = false;
    for c in s.s.chars() {
        if uni::is_lower(c) || uni::is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if uni::is_upper(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn str_islower(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "islower")?;
    no_args(rt, "str.islower", &args[1..], kw)?;
    let mut cased = false;
    for c in s.s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if uni::is_lower(c) {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn str_istitle(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "istitle")?;
    no_args(rt, "str.istitle", &args[1..], kw)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
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

// ---- encoding and translation ---------------------------------------------------------------

fn str_encode(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "encode")?;
    // `s.encode()` of ASCII text: its bytes as they are.
    if args.len() == 1 && kw.is_empty() && s.chars == s.s.len() {
        return Ok(rt.new_bytes(s.s.as_bytes().to_vec()));
    }
    let p = parse_simple(rt, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let mut names = [Rc::<str>::from("utf-8"), Rc::<str>::from("strict")];
    for (i, pname) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &p[i] {
            match v.kind() {
                Some(Kind::Str(x)) => names[i] = Rc::from(&*x.s),
                _ => {
                    let tn = rt.arg_type_name(v);
                    return Err(rt.type_error(&format!(
                        "encode() argument '{pname}' must be str, not {tn}"
                    )));
                }
            }
        }
    }
    let b = super::codecs::encode_str(rt, &s.s, &names[0], &names[1])?;
    Ok(rt.new_bytes(b))
}

fn str_maketrans(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::no_kw(rt, "str.maketrans", kw)?;
    check_pos(rt, "maketrans", args.len(), 1, 3)?;
    let out = rt.new_dict(Dict::new());
    let Some(Kind::Dict(cell)) = out.kind() else {
        unreachable!("new dict")
    };
    if args.len() == 1 {
        let Some(Kind::Dict(src)) = args[0].kind() else {
            return Err(
                rt.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = src.borrow().items();
        for (k, v) in items {
            let key = match k.kind() {
                Some(Kind::Str(s)) if s.chars == 1 => Value::small_int(
                    s.s.chars()
                        .next()
                        .map_or(0, |c| crate::surrogate::code_point(c) as i64),
                ),
                Some(Kind::Str(_)) => {
                    return Err(rt.value_error("string keys in translate table must be of length 1"))
                }
                _ if crate::ops::num::is_int(&k) => k.clone(),
                _ => {
                    return Err(rt.type_error("keys in translate table must be strings or integers"))
                }
            };
            crate::dict::set(rt, cell, key, v)?;
        }
        return Ok(out);
    }
    let y = str_arg_n(rt, &args[1], "maketrans", "2")?;
    let Some(x) = as_str(&args[0]) else {
        return Err(rt.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.chars().count() != y.chars().count() {
        return Err(rt.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::dict::set(
            rt,
            cell,
            Value::small_int(crate::surrogate::code_point(a) as i64),
            Value::small_int(crate::surrogate::code_point(b) as i64),
        )?;
    }
    if let Some(z) = args.get(2) {
        let z = str_arg_n(rt, z, "maketrans", "3")?;
        for c in z.chars() {
            crate::dict::set(
                rt,
                cell,
                Value::small_int(crate::surrogate::code_point(c) as i64),
                Value::NONE,
            )?;
        }
    }
    Ok(out)
}

fn str_translate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let s = this(rt, args, "translate")?;
    let table = one_arg(rt, "str.translate", &args[1..], kw)?;
    // (The text is held by `args[0]` throughout; the table's lookups cannot change it.)
    let text: &str = &s.s;
    let mut out = String::with_capacity(text.len());
    // What each character maps to, once looked up: an array for ASCII, a map for the rest.
    let mut ascii: [Option<Option<String>>; 128] = std::array::from_fn(|_| None);
    let mut cache: std::collections::HashMap<char, Option<String>> =
        std::collections::HashMap::new();
    for c in text.chars() {
        let known = if c.is_ascii() {
            ascii[c as usize].as_ref()
        } else {
            cache.get(&c)
        };
        if let Some(r) = known {
            if let Some(r) = r {
                out.push_str(r);
            }
            continue;
        }
        let key = Value::small_int(crate::surrogate::code_point(c) as i64);
        let mapped = match rt.getitem(&table, &key) {
            Ok(v) => v,
            Err(e) if rt.exc_matches(&e, "LookupError") => {
                out.push(c);
                if c.is_ascii() {
                    ascii[c as usize] = Some(Some(c.to_string()));
                } else {
                    cache.insert(c, Some(c.to_string()));
                }
                continue;
            }
            Err(e) => return Err(e),
        };
        let r: Option<String> = if mapped.is_none() {
            None
        } else if let Some(t) = as_str(&mapped) {
            Some(t.to_string())
        } else if let Some(b) = to_big(&mapped) {
            match b.to_u32().and_then(crate::surrogate::char_of) {
                Some(ch) if b.to_u32().is_some_and(|u| u < 0x110000) => Some(ch.to_string()),
                _ => return Err(rt.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(rt.type_error("character mapping must return integer, None or str"));
        };
        if let Some(r) = &r {
            out.push_str(r);
        }
        if c.is_ascii() {
            ascii[c as usize] = Some(r);
        } else {
            cache.insert(c, r);
        }
    }
    Ok(rt.new_string(out))
}

// ---- helpers used elsewhere -------------------------------------------------------------------

/// Escapes every non-ASCII character as `ascii()` does (`\xe9`, `\u20ac`, `\U0001f600`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = crate::surrogate::code_point(c);
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// A TypeError for a non-str where a str was required, for other modules.
pub fn expected_str(rt: &mut Runtime, v: &Value) -> Exc {
    let tn = rt.type_name(v);
    rt.type_error(&format!("must be str, not {tn}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_splits() {
        assert_eq!(split_whitespace(" a  b c ", -1), ["a", "b", "c"]);
        assert_eq!(split_whitespace(" a  b c ", 1), ["a", "b c "]);
        assert_eq!(rsplit_whitespace("  a b c", 1), ["  a b", "c"]);
        assert_eq!(rsplit_whitespace("a b\u{3000}c ", -1), ["a", "b", "c"]);
        assert!(split_whitespace("   ", -1).is_empty());
    }

    #[test]
    fn lines() {
        assert_eq!(
            splitlines("a\r\nb\rc\x1cd\u{85}e", false),
            ["a", "b", "c", "d", "e"]
        );
        assert_eq!(splitlines("a\r\nb\n", true), ["a\r\n", "b\n"]);
        assert!(splitlines("", false).is_empty());
    }

    #[test]
    fn indices() {
        assert_eq!(adjust_indices(Some(-1), None, 3), (2, 3));
        assert_eq!(adjust_indices(Some(5), Some(-10), 3), (5, 0));
        let s = PyStr::new("héllo");
        assert_eq!(find_in(&s, "l", None, None, false), 2);
        assert_eq!(find_in(&s, "l", None, None, true), 3);
        assert_eq!(find_in(&s, "", Some(4), None, true), 5);
        assert_eq!(find_in(&s, "", Some(6), None, false), -1);
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(ascii_escape("aé€😀"), "a\\xe9\\u20ac\\U0001f600");
    }
}
