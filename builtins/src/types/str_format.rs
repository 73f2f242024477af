//! String formatting: `str.format` / `str.format_map` (a transcription of CPython's
//! `unicode_format.h`: auto/manual field numbering, `.attr` and `[key]` lookups,
//! `!r`/`!s`/`!a` conversions, nested replacement fields in format specs) and printf-style
//! `str % args` (CPython's `PyUnicode_Format`, with the number formatting in
//! `crate::format::percent`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::str_unicode::decimal_value;
use super::{as_str, Kw};
use crate::format::{percent_format_float, percent_format_int, percent_pad, PercentSpec};
use crate::object::{Kind, PyResult};
use crate::ops::num::{to_big, to_f64};
use crate::value::Value;
use crate::Runtime;

// ---- str.format -----------------------------------------------------------------------------

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

enum Kwargs<'a> {
    Pairs(&'a [(Value, Value)]),
    Map(Value),
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoState,
    next_auto: usize,
}

pub fn str_format(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(Kind::Str(s)) = args.first().and_then(|v| v.kind()) else {
        return Err(
            rt.type_error("descriptor 'format' for 'str' objects doesn't apply to this object")
        );
    };
    if !s.s.contains(['{', '}']) {
        return Ok(args[0].clone());
    }
    let chars: Vec<char> = crate::format::char_vec(&s.s);
    let mut ctx = Ctx {
        args: Some(&args[1..]),
        kwargs: Kwargs::Pairs(kw),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let out = build_string(rt, &mut ctx, &chars, 2)?;
    Ok(rt.new_string(out))
}

pub fn str_format_map(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(Kind::Str(s)) = args.first().and_then(|v| v.kind()) else {
        return Err(
            rt.type_error("descriptor 'format_map' for 'str' objects doesn't apply to this object")
        );
    };
    let m = super::one_arg(rt, "str.format_map", &args[1..], kw)?;
    let chars: Vec<char> = crate::format::char_vec(&s.s);
    let mut ctx = Ctx {
        args: None,
        kwargs: Kwargs::Map(m),
        auto: AutoState::Init,
        next_auto: 0,
    };
    let out = build_string(rt, &mut ctx, &chars, 2)?;
    Ok(rt.new_string(out))
}

/// `str.format` on an arbitrary format string with positional and keyword arguments
/// (for other modules, e.g. `string.Formatter`-like helpers).
pub fn format_with(rt: &mut Runtime, fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let chars: Vec<char> = crate::format::char_vec(fmt);
    let mut ctx = Ctx {
        args: Some(args),
        kwargs: Kwargs::Pairs(kw),
        auto: AutoState::Init,
        next_auto: 0,
    };
    build_string(rt, &mut ctx, &chars, 2)
}

struct Field {
    name: (usize, usize),
    spec: (usize, usize),
    conversion: Option<char>,
    spec_needs_expanding: bool,
}

fn build_string(rt: &mut Runtime, ctx: &mut Ctx, s: &[char], depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(rt.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut pos = 0;
    while pos < s.len() {
        // Literal text up to a brace.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= s.len();
        let mut len = pos - start;
        if c == '}' && markup && (at_end || s[pos] != '}') {
            return Err(rt.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(rt.value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if s[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(rt, s, &mut pos)?;
        output_markup(rt, ctx, s, &field, depth, &mut out)?;
    }
    Ok(out)
}

/// CPython's `parse_field`: reads `name[!conv][:spec]}` from `pos`.
fn parse_field(rt: &mut Runtime, s: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(rt.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = (name_start, *pos - 1);
    let mut field = Field {
        name,
        spec: (0, 0),
        conversion: None,
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(rt.value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(rt.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let c = s[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(rt.value_error("unmatched '{' in format spec"));
    } else if c != '}' || name.1 < name.0 {
        return Err(rt.value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// CPython's `get_integer`: Some(n) for a non-empty run of decimal digits.
fn get_integer(rt: &mut Runtime, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (i64::MAX as usize - d) / 10 {
            return Err(rt.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn get_field_object(rt: &mut Runtime, ctx: &mut Ctx, name: &[char]) -> PyResult {
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(rt, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.auto == AutoState::Init {
            ctx.auto = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if ctx.auto == AutoState::Manual && empty {
            return Err(rt.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.auto == AutoState::Auto && !empty {
            return Err(rt.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            match &ctx.kwargs {
                Kwargs::Pairs(kw) => {
                    let found = kw
                        .iter()
                        .find(|(k, _)| as_str(k) == Some(key.as_str()))
                        .map(|(_, v)| v.clone());
                    match found {
                        Some(v) => v,
                        None => {
                            let k = rt.new_string(key);
                            return Err(rt.key_error(k));
                        }
                    }
                }
                Kwargs::Map(m) => {
                    let m = m.clone();
                    let k = rt.new_string(key);
                    rt.getitem(&m, &k)?
                }
            }
        }
        Some(i) => {
            let Some(args) = ctx.args else {
                return Err(rt.value_error("Format string contains positional fields"));
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(rt.index_error(&format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )));
                }
            }
        }
    };
    // The rest: .attr and [key] lookups.
    let mut i = first_end;
    while i < name.len() {
        let c = name[i];
        i += 1;
        let is_attr = match c {
            '.' => true,
            '[' => false,
            _ => {
                return Err(
                    rt.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        };
        let start = i;
        let end;
        if is_attr {
            while i < name.len() && name[i] != '.' && name[i] != '[' {
                i += 1;
            }
            end = i;
        } else {
            while i < name.len() && name[i] != ']' {
                i += 1;
            }
            if i >= name.len() {
                return Err(rt.value_error("Missing ']' in format string"));
            }
            end = i;
            i += 1;
        }
        if start == end {
            return Err(rt.value_error("Empty attribute in format string"));
        }
        let part = &name[start..end];
        let text: String = part.iter().collect();
        obj = if is_attr {
            rt.getattr(&obj, &text)?
        } else {
            match get_integer(rt, part)? {
                Some(n) => {
                    let k = crate::ops::num::int_from_i64(n as i64);
                    rt.getitem(&obj, &k)?
                }
                None => {
                    let k = rt.new_string(text);
                    rt.getitem(&obj, &k)?
                }
            }
        };
    }
    Ok(obj)
}

fn output_markup(
    rt: &mut Runtime,
    ctx: &mut Ctx,
    s: &[char],
    f: &Field,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = get_field_object(rt, ctx, &s[f.name.0..f.name.1])?;
    if let Some(conv) = f.conversion {
        obj = match conv {
            'r' => rt.repr(&obj)?,
            's' => rt.str(&obj)?,
            'a' => {
                let r = rt.repr_string(&obj)?;
                rt.new_string(super::str::ascii_escape(&r))
            }
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(rt.value_error(&format!("Unknown conversion specifier {c}")));
            }
            c => {
                return Err(
                    rt.value_error(&format!("Unknown conversion specifier \\x{:x}", c as u32))
                )
            }
        };
    }
    let spec_chars = &s[f.spec.0..f.spec.1];
    let spec: String = if f.spec_needs_expanding {
        build_string(rt, ctx, spec_chars, depth - 1)?
    } else {
        spec_chars.iter().collect()
    };
    if spec.is_empty() {
        if let Some(Kind::Str(x)) = obj.kind() {
            out.push_str(&x.s);
            return Ok(());
        }
    }
    let r = rt.format(&obj, &spec)?;
    match r.kind() {
        Some(Kind::Str(x)) => out.push_str(&x.s),
        _ => {
            let tn = rt.type_name(&r);
            return Err(rt.type_error(&format!("__format__ must return a str, not {tn}")));
        }
    }
    Ok(())
}

// ---- printf-style formatting ------------------------------------------------------------------

struct PctCtx {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
    /// Formatting bytes (`b'%s' % x`): %s/%b take bytes-like values, %r/%a give ASCII,
    /// %c takes a byte; the text is Latin-1 (one char per byte).
    bytes: bool,
}

impl PctCtx {
    fn next_arg(&mut self, rt: &mut Runtime) -> PyResult {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Kind::Tuple(t)) = self.args.kind() {
                return Ok(t[i as usize].clone());
            }
        }
        Err(rt.type_error("not enough arguments for format string"))
    }
}

/// Whether `v` supports `PyMapping_Check` (has `__getitem__`).
fn is_mapping(rt: &Runtime, v: &Value) -> bool {
    match v.kind() {
        Some(
            Kind::Dict(_) | Kind::List(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::Range(_),
        ) => true,
        Some(Kind::Instance(_)) => crate::typeobj::lookup(&rt.type_of(v), "__getitem__").is_some(),
        _ => false,
    }
}

/// `fmt % args` when the format's only conversions are bare `%s`, `%d`, `%i` and `%%`
/// and every argument they take is a str or an int of the inline range: no Python code
/// runs for these, so None (anything else, including every error) leaves the general
/// path to start over.
fn percent_plain(rt: &Runtime, fmt: &str, args: &Value) -> Option<Value> {
    use std::fmt::Write;
    let items: &[Value] = match args.kind() {
        Some(Kind::Tuple(t)) => t,
        Some(Kind::Str(_)) => std::slice::from_ref(args),
        None if args.as_small_int().is_some() => std::slice::from_ref(args),
        _ => return None,
    };
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let (mut i, mut lit, mut k) = (0, 0, 0);
    // (A '%' byte is never inside a multi-byte character: the slices stay on boundaries.)
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        out.push_str(&fmt[lit..i]);
        match b.get(i + 1) {
            Some(b'%') => out.push('%'),
            Some(b's') => {
                let v = items.get(k)?;
                k += 1;
                match v.kind() {
                    Some(Kind::Str(s)) => out.push_str(&s.s),
                    _ => write!(out, "{}", v.as_small_int()?).ok()?,
                }
            }
            Some(b'd' | b'i') => {
                let v = items.get(k)?;
                k += 1;
                write!(out, "{}", v.as_small_int()?).ok()?;
            }
            _ => return None,
        }
        i += 2;
        lit = i;
    }
    out.push_str(&fmt[lit..]);
    (k == items.len()).then(|| rt.new_string(out))
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(rt: &mut Runtime, fmt: &Value, args: &Value) -> PyResult {
    percent_format_mode(rt, fmt, args, false)
}

/// `bytes % args` (and bytearray): CPython's bytes %-formatting.
pub fn bytes_percent_format(rt: &mut Runtime, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let f = rt.new_string(text);
    let r = percent_format_mode(rt, &f, args, true)?;
    let s = rt.str_string(&r)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

fn percent_format_mode(rt: &mut Runtime, fmt: &Value, args: &Value, bytes: bool) -> PyResult {
    let Some(Kind::Str(f)) = fmt.kind() else {
        return Err(rt.type_error("format requires a str"));
    };
    if !bytes {
        if let Some(s) = percent_plain(rt, &f.s, args) {
            return Ok(s);
        }
    }
    let chars: Vec<char> = crate::format::char_vec(&f.s);
    let is_tuple = matches!(args.kind(), Some(Kind::Tuple(_)));
    let dict = if is_mapping(rt, args) && !is_tuple && !matches!(args.kind(), Some(Kind::Str(_))) {
        Some(args.clone())
    } else {
        None
    };
    let mut ctx = match args.kind() {
        Some(Kind::Tuple(t)) => PctCtx {
            args: args.clone(),
            arglen: t.len() as i64,
            argidx: 0,
            dict,
            bytes,
        },
        _ => PctCtx {
            args: args.clone(),
            arglen: -1,
            argidx: -2,
            dict,
            bytes,
        },
    };
    let mut out = String::with_capacity(chars.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            pos += 1;
            out.push('%');
            continue;
        }
        format_one(rt, &mut ctx, &chars, &mut pos, &mut out)?;
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(rt.type_error(&format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(rt.new_string(out))
}

/// A `*` width (`wide`: read as Py_ssize_t) or precision (read as a C int), as CPython.
fn star_arg(rt: &mut Runtime, ctx: &mut PctCtx, wide: bool) -> PyResult<i64> {
    let v = ctx.next_arg(rt)?;
    if !crate::ops::num::is_int(&v) {
        return Err(rt.type_error("* wants int"));
    }
    let n = to_big(&v).and_then(|b| {
        if wide {
            b.to_i64()
        } else {
            b.to_i32().map(i64::from)
        }
    });
    match n {
        Some(n) => Ok(n),
        None if wide => Err(rt.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(rt.overflow_error("Python int too large to convert to C int")),
    }
}

/// Parses and renders one conversion; `pos` is just past the `%`.
fn format_one(
    rt: &mut Runtime,
    ctx: &mut PctCtx,
    s: &[char],
    pos: &mut usize,
    out: &mut String,
) -> PyResult<()> {
    let read = |pos: &mut usize| -> Option<char> {
        let c = s.get(*pos).copied();
        if c.is_some() {
            *pos += 1;
        }
        c
    };
    // Mapping key.
    if s.get(*pos) == Some(&'(') {
        let Some(dict) = ctx.dict.clone() else {
            return Err(rt.type_error("format requires a mapping"));
        };
        *pos += 1;
        let keystart = *pos;
        let mut depth = 1;
        while depth > 0 {
            match read(pos) {
                None => return Err(rt.value_error("incomplete format key")),
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
            }
        }
        let key: String = s[keystart..*pos - 1].iter().collect();
        let k = if ctx.bytes {
            rt.new_bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            rt.new_string(key)
        };
        ctx.args = rt.getitem(&dict, &k)?;
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    let mut spec = PercentSpec::new('s');
    let mut ch;
    loop {
        ch = read(pos);
        match ch {
            Some('-') => spec.left = true,
            Some('+') => spec.plus = true,
            Some(' ') => spec.space = true,
            Some('#') => spec.alt = true,
            Some('0') => spec.zero = true,
            _ => break,
        }
    }
    // Width.
    if ch == Some('*') {
        let mut w = star_arg(rt, ctx, true)?;
        if w < 0 {
            spec.left = true;
            w = w.checked_neg().unwrap_or(i64::MAX);
        }
        spec.width = Some(w as usize);
        ch = read(pos);
    } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
        let mut w = d as usize;
        loop {
            ch = read(pos);
            match ch.and_then(|c| c.to_digit(10)) {
                Some(d) => {
                    if w > (i64::MAX as usize - d as usize) / 10 {
                        return Err(rt.value_error("width too big"));
                    }
                    w = w * 10 + d as usize;
                }
                None => break,
            }
        }
        spec.width = Some(w);
    }
    if spec.width.is_some_and(|w| w as i64 > super::str::MAX_TEXT) {
        return Err(rt.new_exc("MemoryError", ""));
    }
    // Precision.
    if ch == Some('.') {
        let mut p = 0usize;
        ch = read(pos);
        if ch == Some('*') {
            p = star_arg(rt, ctx, false)?.max(0) as usize;
            ch = read(pos);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            p = d as usize;
            loop {
                ch = read(pos);
                match ch.and_then(|c| c.to_digit(10)) {
                    Some(d) => {
                        if p > (i32::MAX as usize - d as usize) / 10 {
                            return Err(rt.value_error("precision too big"));
                        }
                        p = p * 10 + d as usize;
                    }
                    None => break,
                }
            }
        }
        spec.precision = Some(p);
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = read(pos);
    }
    let Some(conv) = ch else {
        return Err(rt.value_error("incomplete format"));
    };
    spec.conv = conv;
    let v = ctx.next_arg(rt)?;
    match conv {
        's' | 'b' if ctx.bytes => {
            let b = match crate::types::bytes_like(&v) {
                Some(b) => b,
                None => {
                    let t = rt.type_of(&v);
                    if crate::typeobj::lookup(&t, "__bytes__").is_some() {
                        let r = rt.call_dunder(&v, "__bytes__", &[])?.unwrap_or(Value::NONE);
                        crate::types::bytes_like(&r).unwrap_or_default()
                    } else {
                        let tn = rt.type_name(&v);
                        return Err(rt.type_error(&format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                        )));
                    }
                }
            };
            let text: String = b.iter().map(|&x| x as char).collect();
            out.push_str(&percent_pad(&text, &spec, false));
        }
        'r' | 'a' if ctx.bytes => {
            let r = rt.repr_string(&v)?;
            out.push_str(&percent_pad(&super::str::ascii_escape(&r), &spec, false));
        }
        'c' if ctx.bytes => {
            let c = match crate::types::bytes_like(&v) {
                Some(b) if b.len() == 1 => b[0] as char,
                _ if crate::ops::num::is_int(&v) => {
                    let n = rt.index_of(&v)?;
                    if !(0..256).contains(&n) {
                        return Err(rt.overflow_error("%c arg not in range(256)"));
                    }
                    n as u8 as char
                }
                _ => {
                    return Err(
                        rt.type_error("%c requires an integer in range(256) or a single byte")
                    )
                }
            };
            out.push_str(&percent_pad(&c.to_string(), &spec, false));
        }
        's' | 'r' | 'a' => {
            let text = match conv {
                's' => match v.kind() {
                    Some(Kind::Str(x)) => x.s.as_str().to_owned(),
                    _ => rt.str_string(&v)?,
                },
                'r' => rt.repr_string(&v)?,
                _ => {
                    let r = rt.repr_string(&v)?;
                    super::str::ascii_escape(&r)
                }
            };
            out.push_str(&percent_pad(&text, &spec, false));
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            // A plain `%d` of an int in the inline range: its decimal digits directly.
            if let (Some(i), 'i' | 'd' | 'u') = (v.as_small_int(), conv) {
                if spec.width.is_none() && spec.precision.is_none() && !spec.plus && !spec.space {
                    use std::fmt::Write;
                    let _ = write!(out, "{i}");
                    return Ok(());
                }
            }
            let n = percent_int_arg(rt, &v, conv)?;
            if matches!(conv, 'i' | 'd' | 'u') {
                rt.check_int_str_digits(&n)?;
            }
            match percent_format_int(&n, &spec) {
                Ok(t) => out.push_str(&t),
                Err(m) => return Err(rt.overflow_error(&m)),
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match to_f64(rt, &v)? {
                Some(x) => x,
                None => match float_via_dunder(rt, &v)? {
                    Some(x) => x,
                    None => {
                        let tn = rt.type_name(&v);
                        return Err(rt.type_error(&format!("must be real number, not {tn}")));
                    }
                },
            };
            out.push_str(&percent_format_float(x, &spec));
        }
        'c' => {
            let c = percent_char(rt, &v)?;
            out.push_str(&percent_pad(&c.to_string(), &spec, false));
        }
        _ => {
            let shown = if (31..=126).contains(&(conv as u32)) {
                conv
            } else {
                '?'
            };
            return Err(rt.value_error(&format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                conv as u32,
                *pos - 1
            )));
        }
    }
    Ok(())
}

/// `__float__` (or `__index__`) of an instance, for `%f` and friends.
fn float_via_dunder(rt: &mut Runtime, v: &Value) -> PyResult<Option<f64>> {
    if !matches!(v.kind(), Some(Kind::Instance(_))) {
        return Ok(None);
    }
    let t = rt.type_of(v);
    for name in ["__float__", "__index__"] {
        if crate::typeobj::lookup(&t, name).is_some() {
            if let Some(r) = rt.call_dunder(v, name, &[])? {
                if let Some(x) = to_f64(rt, &r)? {
                    return Ok(Some(x));
                }
            }
        }
    }
    Ok(None)
}

/// The integer for `%d`/`%x`...: `int(v)` for the decimal conversions, `operator.index(v)`
/// for the others.
fn percent_int_arg(rt: &mut Runtime, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    let hex = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |rt: &mut Runtime| {
        let tn = rt.type_name(v);
        let what = if hex { "an integer" } else { "a real number" };
        rt.type_error(&format!("%{conv} format: {what} is required, not {tn}"))
    };
    if let Some(x) = v.as_float() {
        if hex {
            return Err(wrong(rt));
        }
        return super::int::float_to_bigint(rt, x);
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        let t = rt.type_of(v);
        let names: &[&str] = if hex {
            &["__index__"]
        } else {
            &["__int__", "__index__", "__trunc__"]
        };
        for name in names {
            if crate::typeobj::lookup(&t, name).is_some() {
                if let Some(r) = rt.call_dunder(v, name, &[])? {
                    if let Some(b) = to_big(&r) {
                        return Ok(b);
                    }
                }
            }
        }
    }
    Err(wrong(rt))
}

fn percent_char(rt: &mut Runtime, v: &Value) -> PyResult<char> {
    if let Some(Kind::Str(s)) = v.kind() {
        if s.chars == 1 {
            return Ok(s.s.chars().next().unwrap_or('\0'));
        }
        return Err(rt.type_error("%c requires int or char"));
    }
    let n = match to_big(v) {
        Some(b) => b,
        None => {
            let mut r = None;
            if let Some(Kind::Instance(_)) = v.kind() {
                if let Some(x) = rt.call_dunder(v, "__index__", &[])? {
                    r = to_big(&x);
                }
            }
            match r {
                Some(b) => b,
                None => return Err(rt.type_error("%c requires int or char")),
            }
        }
    };
    match n.to_u32().filter(|&u| u < 0x110000) {
        Some(u) => Ok(crate::surrogate::char_of(u).expect("checked range")),
        None => Err(rt.overflow_error("%c arg not in range(0x110000)")),
    }
}
