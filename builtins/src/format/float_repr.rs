//! Float-to-text conversion reproducing CPython 3.12's `PyOS_double_to_string`
//! (the `format_float_short` path built on David Gay's `dtoa`).
//!
//! This gives `repr(float)` / `str(float)` ([`float_repr`]) and the
//! correctly rounded `'e'`, `'f'` and `'g'` conversions that `format()`,
//! `str.format` and printf-style `%` formatting build on.
//!
//! The digit generation is delegated to Rust's float formatting, which is
//! exact: `{:e}` yields the shortest round-tripping digits (what `dtoa`
//! mode 0 returns) and `{:.*e}` / `{:.*}` are correctly rounded
//! (round-half-even on the exact binary value, like `dtoa` modes 2 and 3).
//! The layout logic (where the decimal point goes, padding zeros, exponent
//! style, alternate form, `-0` suppression) is a transcription of CPython's.

/// Flags for [`double_to_string`], mirroring CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign (`+` for non-negative values).
    pub always_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: if the result looks like an integer (no exponent
    /// and no decimal point), append `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the decimal point and, for
    /// `'g'`, trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option; a result that rounds to zero
    /// loses its minus sign.
    pub no_neg_0: bool,
}

/// How many digits to ask the digit generator for (`dtoa` modes 0, 2, 3).
#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest digit string that round-trips (mode 0).
    Shortest,
    /// This many significant digits, at least one (mode 2).
    Significant(usize),
    /// This many digits after the decimal point (mode 3).
    Fixed(usize),
}

/// Split the mantissa/exponent text produced by Rust's `{:e}` formatting
/// (e.g. `"1.2345e-7"`) into the digit string and the decimal-point position
/// `decpt` (value = 0.DIGITS * 10**decpt).
fn split_exp_text(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp + 1)
}

/// Emulates `_Py_dg_dtoa` for a finite, non-negative `x`: returns the digit
/// string with trailing zeros stripped and the decimal-point position.
/// Zero yields `("0", 1)`; a mode-3 result that rounds to zero yields no
/// digits and `decpt = -ndigits`, exactly like `dtoa`.
fn dtoa(x: f64, mode: DigitMode) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let (mut digits, decpt) = match mode {
        DigitMode::Shortest => split_exp_text(&format!("{:e}", x)),
        // A double's exact decimal expansion has at most 767 significant and 1074
        // fractional digits, so larger precisions only add zeros (which are stripped
        // below); clamping also keeps within what Rust's formatter accepts.
        DigitMode::Significant(n) => {
            let n = n.clamp(1, 800);
            split_exp_text(&format!("{:.*e}", n - 1, x))
        }
        DigitMode::Fixed(p) => {
            let p = p.min(1100);
            let s = format!("{:.*}", p, x);
            let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
            let mut all: Vec<u8> = Vec::with_capacity(s.len());
            all.extend_from_slice(int_part.as_bytes());
            all.extend_from_slice(frac_part.as_bytes());
            let lead = all.iter().take_while(|&&c| c == b'0').count();
            if lead == all.len() {
                return (Vec::new(), -(p as i64));
            }
            let decpt = int_part.len() as i64 - lead as i64;
            (all[lead..].to_vec(), decpt)
        }
    };
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if let DigitMode::Shortest = mode {
        if let Some(fixed) = shortest_tie_to_even(x, digits.len()) {
            return fixed;
        }
    }
    (digits, decpt)
}

/// When `x` lies exactly halfway between the two shortest (`n`-digit)
/// decimal candidates, `dtoa` picks the one whose last digit is even, while
/// Rust's shortest formatting may pick the other (e.g. `881212607076229.25`
/// is `881212607076229.2` in Python).  Returns the `dtoa` answer in that
/// case, `None` otherwise.
///
/// A tie needs the exact decimal expansion of `x` to have exactly `n + 1`
/// significant digits ending in 5, which is only possible for `x = m * 2**e`
/// (`m` odd) with a small `|e|`; then the expansion fits in a `u128`.
fn shortest_tie_to_even(x: f64, n: usize) -> Option<(Vec<u8>, i64)> {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if m == 0 {
        return None;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += i64::from(tz);
    if !(-26..=23).contains(&e) {
        return None;
    }
    // x == exact * 10**exp10
    let (exact, exp10): (u128, i64) = if e < 0 {
        (u128::from(m) * 5u128.pow((-e) as u32), e)
    } else {
        (u128::from(m) << e, 0)
    };
    let s = exact.to_string();
    let sig = s.trim_end_matches('0').as_bytes();
    if sig.len() != n + 1 || sig.last() != Some(&b'5') {
        return None;
    }
    let mut decpt = s.len() as i64 + exp10;
    let mut digits = sig[..n].to_vec();
    if digits.last().is_some_and(|d| d % 2 == 1) {
        // Round the odd last digit up to even, propagating carries.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, decpt))
}

/// Port of CPython's `PyOS_double_to_string` / `format_float_short`.
///
/// `code` is one of `'e' 'E' 'f' 'F' 'g' 'G' 'r'` (`'r'` = repr style:
/// shortest digits, exponent when the decimal exponent is < -4 or >= 16;
/// the precision is ignored for it).  Upper-case codes produce `E`, `INF`
/// and `NAN`.  Any other code is treated as `'r'`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut precision = precision;
    let (code, mode) = match code {
        'e' => {
            precision = precision.saturating_add(1);
            ('e', DigitMode::Significant(precision))
        }
        'f' => ('f', DigitMode::Fixed(precision)),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            ('g', DigitMode::Significant(precision))
        }
        _ => ('r', DigitMode::Shortest),
    };

    let mut out = String::new();
    if !x.is_finite() {
        // Gay's code hands back "Infinity"/"NaN"; the sign of a NaN is ignored.
        let negative = x.is_infinite() && x.is_sign_negative();
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let mut negative = x.is_sign_negative();
    let (digits, decpt) = dtoa(x.abs(), mode);
    let mut decpt = decpt;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }

    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };

    out.reserve((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the decimal point if it falls inside them.
    let digit_str = |range: std::ops::Range<usize>| -> &str {
        std::str::from_utf8(&digits[range]).unwrap_or("")
    };
    if 0 < decpt && decpt <= digits_len {
        out.push_str(digit_str(0..decpt as usize));
        out.push('.');
        out.push_str(digit_str(decpt as usize..digits.len()));
    } else {
        out.push_str(digit_str(0..digits.len()));
    }
    // Zero padding on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    // Drop a trailing decimal point unless using the alternate form.
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// `repr(x)` (and `str(x)`) for a Python float, e.g. `0.30000000000000004`,
/// `1e+16`, `1234567890123456.0`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// Fixed-point notation with `precision` digits after the point, like
/// `'%.{precision}f' % x` (`inf`, `-inf`, `nan` for non-finite values).
pub fn float_to_string_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, DtsFlags::default())
}

/// Exponent notation with `precision` digits after the point, like
/// `'%.{precision}e' % x` (`'E'`, `INF`, `NAN` when `upper`).
pub fn float_to_string_exp(x: f64, precision: usize, upper: bool) -> String {
    let code = if upper { 'E' } else { 'e' };
    double_to_string(x, code, precision, DtsFlags::default())
}

/// General notation with `precision` significant digits, like
/// `'%.{precision}g' % x` (`'%#.{precision}g'` when `alternate`).
pub fn float_to_string_general(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let code = if upper { 'G' } else { 'g' };
    let flags = DtsFlags {
        alt: alternate,
        ..DtsFlags::default()
    };
    double_to_string(x, code, precision, flags)
}

#[cfg(test)]
#[path = "float_repr_tests.rs"]
mod tests;
