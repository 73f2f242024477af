//! Python's format-specification mini-language (`format()`, `str.format`,
//! f-strings) for `int`, `float` and `str`, reproducing CPython 3.12's
//! `Python/formatter_unicode.c` output and `ValueError` messages exactly.
//!
//! Usage: `parse_format_spec(spec, type_name)` then one of [`format_int`],
//! [`format_float`], [`format_str`] (or their `_for` variants, which take the
//! Python type name used in error messages, e.g. `"bool"` or a subclass name).
//! An empty spec string must be handled by the caller as `str(obj)` (CPython
//! does this before parsing; for exact `int`/`float`/`str` the result equals
//! formatting with the default spec).
//!
//! Errors are returned as the exception message.  All of them are
//! `ValueError`s except the few listed in [`error_kind`], which are
//! `OverflowError`s.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, DtsFlags};

/// Message for an int that does not fit in a float (`OverflowError`).
pub const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
/// Message for `format(n, 'c')` with `n` outside `range(0x110000)` (`OverflowError`).
pub const CHAR_ARG_NOT_IN_RANGE: &str = "%c arg not in range(0x110000)";
/// Message for `format(n, 'c')` with `n` outside the C `long` range (`OverflowError`).
pub const INT_TOO_LARGE_FOR_C_LONG: &str = "Python int too large to convert to C long";

/// The Python exception class for an error message returned by this module
/// (and by [`super::percent`]): `"OverflowError"` for the overflow messages,
/// `"ValueError"` for everything else.
pub fn error_kind(msg: &str) -> &'static str {
    match msg {
        INT_TOO_LARGE_FOR_FLOAT | CHAR_ARG_NOT_IN_RANGE | INT_TOO_LARGE_FOR_C_LONG => {
            "OverflowError"
        }
        "precision too large" => "OverflowError",
        _ => "ValueError",
    }
}

/// A parsed standard format specifier:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Fields keep what was written; the type-dependent defaults (alignment,
/// the effect of the `0` flag) are resolved when formatting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'='` or `'^'` if given.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '` if given.
    pub sign: Option<char>,
    /// The `z` option: coerce negative zero to zero (floats only).
    pub z: bool,
    /// The `#` option: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (only set when no explicit fill).
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision (after `.`).
    pub precision: Option<usize>,
    /// Presentation type, if given.
    pub ty: Option<char>,
}

/// Py_ssize_t limit used by CPython's `get_integer`.
const SSIZE_MAX: usize = i64::MAX as usize;

/// Code points of the Unicode `0` digits of every run of ten decimal digits
/// (Unicode 15.0, as in CPython 3.12's `Py_UNICODE_TODECIMAL`).
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// Decimal value of a Unicode decimal digit (category Nd), like
/// `Py_UNICODE_TODECIMAL`.
fn to_decimal(c: char) -> Option<usize> {
    let c = c as u32;
    if (0x30..=0x39).contains(&c) {
        return Some((c - 0x30) as usize);
    }
    if c < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = DECIMAL_ZEROS[idx.checked_sub(1)?];
    let d = c - zero;
    (d < 10).then_some(d as usize)
}

/// CPython's `get_integer`: reads decimal digits at `*pos`; returns
/// `Ok(None)` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| to_decimal(c)) {
        if acc > (SSIZE_MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n > 0).then_some(acc))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Render a presentation-type character the way CPython's error messages do.
fn type_char_repr(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", u)
    }
}

fn invalid_thousands_separator_type(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, type_char_repr(ty))
}

fn unknown_presentation_type(ty: char, type_name: &str) -> String {
    let name: String = type_name.chars().take(200).collect();
    format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        name
    )
}

/// Parse a standard format specifier (CPython's
/// `parse_internal_render_format_spec`).  `type_name` is the Python type
/// name used in the "Invalid format specifier" message (e.g. `"int"`).
///
/// The grouping/type compatibility check for an *omitted* type is done by
/// the formatting functions (it differs between `str` and numbers).
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = crate::format::char_vec(spec);
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();

    if end >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.z = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < end && chars[pos] == '0' {
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;

    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }

    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }

    if end - pos > 1 {
        let name: String = type_name.chars().take(200).collect();
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, name
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }

    if let (Some(sep), Some(ty)) = (f.grouping, f.ty) {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => {}
            _ => return Err(invalid_thousands_separator_type(sep, ty)),
        }
    }
    Ok(f)
}

/// Fill character and alignment after applying the type's default
/// alignment and the `0` flag.
fn resolve_fill_align(spec: &FormatSpec, default_align: char) -> (char, char) {
    let fill = match spec.fill {
        Some(c) => c,
        None if spec.zero => '0',
        None => ' ',
    };
    let align = match spec.align {
        Some(a) => a,
        None if spec.zero && default_align == '>' => '=',
        None => default_align,
    };
    (fill, align)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII)
/// from the right with `sep` every `group` digits, left-padding with zeros
/// up to `min_width` characters.  `sep == None` means no grouping.
fn group_digits(digits: &[u8], min_width: i64, sep: Option<char>, group: i64) -> String {
    // (No separator and no zero padding, the common case: the digits as they are.)
    if sep.is_none() && !digits.is_empty() && min_width <= digits.len() as i64 {
        return digits.iter().map(|&b| b as char).collect();
    }
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    // Built right-to-left, reversed at the end.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 4);
    let mut use_sep = false;
    let mut piece = |rev: &mut Vec<char>, use_sep: bool, n_chars: i64, n_zeros: i64| {
        if use_sep {
            if let Some(s) = sep {
                rev.push(s);
            }
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    let mut broke = false;
    if sep.is_some() {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            piece(&mut rev, use_sep, n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        piece(&mut rev, use_sep, n_chars, n_zeros);
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number, as laid out by CPython's
/// `calc_number_widths` / `fill_number`:
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn fill_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    fill: char,
    align: char,
    sep: Option<char>,
    group: i64,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit =
        i64::from(sign.is_some()) + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let width: i64 = spec.width.map_or(-1, |w| w.min(SSIZE_MAX) as i64);
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, sep, group)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((n_non_digit + n_grouped) as usize + 8);
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

/// Correctly rounded conversion of an int to a float, like `float(n)`;
/// `None` if the result would overflow.
pub fn bigint_to_f64(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64()? as f64
    } else if bits > 1024 {
        return None;
    } else {
        // Keep the top 64 bits plus a sticky bit so that the u64 -> f64
        // conversion rounds (half-even) exactly as the full value would.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64()?;
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let m = (top | u64::from(sticky)) as f64;
        m * 2f64.powi(shift as i32)
    };
    if f.is_infinite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -f } else { f })
}

/// `format(v, spec)` for an `int`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_for(v, spec, "int")
}

/// `format(v, spec)` for an int-like object whose Python type name is
/// `type_name` (e.g. `"bool"`), used in error messages.
///
/// Not enforced here: CPython's `sys.set_int_max_str_digits` limit (4300
/// decimal digits by default) and the current locale for `'n'` (the C
/// locale is assumed: no grouping).  `'c'` with a surrogate code point
/// (U+D800..U+DFFF) returns an error, since a Rust `String` cannot hold it.
pub fn format_int_for(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = bigint_to_f64(v).ok_or_else(|| INT_TOO_LARGE_FOR_FLOAT.to_string())?;
            format_float_internal(f, spec)
        }
        _ => Err(unknown_presentation_type(ty, type_name)),
    }
}

fn format_long_internal(v: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (fill, align) = resolve_fill_align(spec, '>');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = v
            .to_i64()
            .ok_or_else(|| INT_TOO_LARGE_FOR_C_LONG.to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(CHAR_ARG_NOT_IN_RANGE.to_string());
        }
        let c = crate::surrogate::char_of(x as u32).expect("checked range");
        let s = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &s,
        };
        return Ok(fill_number(&parts, spec, fill, align, None, 3));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let (sep, group) = if ty == 'n' {
        (None, 3)
    } else if base != 10 {
        (spec.grouping, 4)
    } else {
        (spec.grouping, 3)
    };
    Ok(fill_number(&parts, spec, fill, align, sep, group))
}

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_for(v, spec, "float")
}

/// `format(v, spec)` for a float-like object whose Python type name is
/// `type_name`, used in error messages.
pub fn format_float_for(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(v, spec)
        }
        Some(ty) => Err(unknown_presentation_type(ty, type_name)),
    }
}

fn format_float_internal(val: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let mut default_precision = 6;
    let mut ty = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = val;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut s = double_to_string(val, ty, precision, flags);
    if add_pct {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    let (fill, align) = resolve_fill_align(spec, '>');
    let sep = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping
    };
    Ok(fill_number(&parts, spec, fill, align, sep, 3))
}

/// `format(z, spec)` for a `complex` (CPython's `format_complex_internal`): each part is
/// formatted as a float, the imaginary one always signed; without a presentation type
/// it looks like `str(z)` (parentheses, no real part when it is +0).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.zero || spec.fill == Some('0') && spec.align.is_none() {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let ty = match spec.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some('n') => Some('g'),
        Some(t) => return Err(unknown_presentation_type(t, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let (mut code, default_precision) = match ty {
        None => ('r', 0),
        Some(t) => (t, 6),
    };
    let skip_re = ty.is_none() && re == 0.0 && re.is_sign_positive();
    let add_parens = ty.is_none() && !skip_re;
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let part = |v: f64, sign: Option<char>| {
        let mut s = double_to_string(v, code, precision, flags);
        if spec.grouping.is_some() {
            // Group the integer digits of each part.
            let start = usize::from(s.starts_with('-'));
            let end = s[start..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(s.len(), |i| start + i);
            let grouped = group_digits(&s.as_bytes()[start..end], 0, spec.grouping, 3);
            s = format!("{}{grouped}{}", &s[..start], &s[end..]);
        }
        match (s.starts_with('-'), sign) {
            (true, _) => s,
            (false, Some('+')) => format!("+{s}"),
            (false, Some(' ')) => format!(" {s}"),
            (false, _) => s,
        }
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if skip_re {
        body.push_str(&part(im, spec.sign));
    } else {
        body.push_str(&part(re, spec.sign));
        body.push_str(&part(im, Some('+')));
    }
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let (fill, align) = resolve_fill_align(spec, '>');
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return Ok(body);
    }
    let pad = width - len;
    let (left, right) = match align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let mut out = String::with_capacity(width);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_for(s, spec, "str")
}

/// `format(s, spec)` for a str-like object whose Python type name is
/// `type_name`, used in error messages.
pub fn format_str_for(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(sep) = spec.grouping {
                return Err(invalid_thousands_separator_type(sep, 's'));
            }
        }
        Some('s') => {}
        Some(ty) => return Err(unknown_presentation_type(ty, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.z {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let (fill, align) = resolve_fill_align(spec, '<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let len = s.chars().count();
    let (text, nchars) = match spec.precision {
        Some(p) if p < len => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..cut], p)
        }
        _ => (s, len),
    };
    let total = spec.width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len());
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

#[cfg(test)]
#[path = "spec_tests.rs"]
mod tests;
