//! The number-formatting core of printf-style `%` formatting (`str % args`),
//! reproducing CPython 3.12's `Objects/unicodeobject.c`
//! (`_PyUnicode_FormatLong`, `formatfloat`, `unicode_format_arg_output`).
//!
//! The caller parses the format string (flags, `*` widths, `%(key)`,
//! argument fetching) and converts the argument (`int(x)` for `%d`,
//! `operator.index(x)` for `%x`/`%o`, `float(x)` for `%f` ...), then calls
//! [`percent_format_int`] / [`percent_format_float`] for one conversion.
//! [`percent_pad`] applies the width/precision/flags to an already converted
//! string for `%s`, `%r`, `%a` and `%c`.

use num_bigint::{BigInt, Sign};

use super::float_repr::{double_to_string, DtsFlags};

/// One parsed `%` conversion specifier: `%[flags][width][.precision]conv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentSpec {
    /// `-` flag: left-justify (pads on the right with spaces).
    pub left: bool,
    /// `+` flag: always emit a sign for numbers.
    pub plus: bool,
    /// ` ` flag: a space in place of `+` for non-negative numbers.
    pub space: bool,
    /// `#` flag: alternate form (`0o`/`0x`/`0X` prefix, keep the point).
    pub alt: bool,
    /// `0` flag: zero-pad numbers (ignored for strings).
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// The conversion character (`d i u o x X e E f F g G s r a c`).
    pub conv: char,
}

impl PercentSpec {
    /// A spec with no flags, width or precision.
    pub fn new(conv: char) -> Self {
        PercentSpec {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: None,
            precision: None,
            conv,
        }
    }
}

/// `_PyUnicode_FormatLong`: digits of `v` for `%d %i %u %o %x %X` with the
/// precision applied as a minimum digit count (before width/sign handling).
fn format_long_body(v: &BigInt, spec: &PercentSpec) -> Result<String, String> {
    let prec = spec.precision.unwrap_or(0);
    if prec > (i32::MAX - 3) as usize {
        return Err("precision too large".to_string());
    }
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len().max(prec) + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if spec.alt {
        out.push_str(prefix);
    }
    for _ in digits.len()..prec {
        out.push('0');
    }
    out.push_str(&digits);
    if spec.conv == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// Format one integer for `%d`, `%i`, `%u`, `%o`, `%x` or `%X`
/// (`spec.conv`), e.g. `'%#010x' % 255 == '0x000000ff'`.
///
/// The only error is `"precision too large"` (an `OverflowError`) for a
/// precision above `INT_MAX - 3`.
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> Result<String, String> {
    let body = format_long_body(v, spec)?;
    Ok(percent_pad(&body, spec, true))
}

/// Format one float for `%e`, `%E`, `%f`, `%F`, `%g` or `%G`
/// (`spec.conv`), e.g. `'%+.3e' % 12345.678 == '+1.235e+04'`.
/// The precision defaults to 6.
pub fn percent_format_float(v: f64, spec: &PercentSpec) -> String {
    let prec = spec.precision.unwrap_or(6);
    let flags = DtsFlags {
        alt: spec.alt,
        ..DtsFlags::default()
    };
    let conv = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let body = double_to_string(v, conv, prec, flags);
    percent_pad(&body, spec, true)
}

/// CPython's `unicode_format_arg_output`: apply width, flags and (for
/// `%s`/`%r`/`%a`) precision truncation to the converted text `s`.
///
/// `numeric` is true for the number conversions (`s` then starts with its
/// sign if negative and with `0o`/`0x`/`0X` if `spec.alt`): the `+`, ` ` and
/// `0` flags only apply to them.  For `%s`, `%r`, `%a` and `%c` pass false.
pub fn percent_pad(s: &str, spec: &PercentSpec, numeric: bool) -> String {
    let width_given = spec.width.unwrap_or(0);
    // (Nothing to pad, cut or sign, the common case: no character vector is made.)
    let count = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    if width_given <= count
        && spec.precision.is_none_or(|p| p >= count)
        && !(spec.plus || spec.space)
    {
        return s.to_string();
    }
    let chars: Vec<char> = crate::format::char_vec(s);
    let mut len = chars.len();
    let mut sign = numeric;
    let fill = if sign && spec.zero { '0' } else { ' ' };
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }

    let mut pindex = 0;
    let mut signchar = ' ';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex = 1;
            }
            _ if spec.plus => signchar = '+',
            _ if spec.space => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = width_given.max(len);
    let mut out = String::with_capacity(width + 1);

    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = numeric
        && spec.alt
        && matches!(spec.conv, 'x' | 'X' | 'o')
        && chars.get(pindex) == Some(&'0')
        && chars.get(pindex + 1) == Some(&spec.conv)
        && len >= 2;
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if prefixed {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
