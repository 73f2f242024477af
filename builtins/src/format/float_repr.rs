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
mod tests {
    //! Expected values were generated by CPython 3.12.1 (`repr(x)`,
    //! `'%.*f' % (p, x)`, `'%.*e'`, `'%.*g'`, `'%#.*g'` ...).
    use super::*;

    #[test]
    fn repr_examples() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1234567890123456.0), "1234567890123456.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(f64::MAX), "1.7976931348623157e+308");
    }

    #[test]
    fn rounding_examples() {
        assert_eq!(float_to_string_fixed(0.125, 2), "0.12");
        assert_eq!(float_to_string_fixed(0.375, 2), "0.38");
        assert_eq!(float_to_string_fixed(2.675, 2), "2.67");
        assert_eq!(float_to_string_fixed(0.5, 0), "0");
        assert_eq!(float_to_string_fixed(1.5, 0), "2");
        assert_eq!(float_to_string_fixed(2.5, 0), "2");
        assert_eq!(float_to_string_fixed(-0.0004, 3), "-0.000");
        assert_eq!(float_to_string_exp(2.5, 0, false), "2e+00");
        assert_eq!(float_to_string_exp(12345.678, 3, true), "1.235E+04");
        assert_eq!(float_to_string_general(100000.0, 6, false, false), "100000");
        assert_eq!(float_to_string_general(1000000.0, 6, false, false), "1e+06");
        assert_eq!(float_to_string_general(0.0001, 3, false, true), "0.000100");
        assert_eq!(float_to_string_general(1.0, 0, true, true), "1.");
    }

    #[test]
    fn flags() {
        let f = |alt, sign, dot0, z| DtsFlags {
            alt,
            always_sign: sign,
            add_dot_0: dot0,
            no_neg_0: z,
        };
        // format(-0.0001, 'z.2f') == '0.00'; format(-0.0001, '.2f') == '-0.00'
        assert_eq!(
            double_to_string(-0.0001, 'f', 2, f(false, false, false, true)),
            "0.00"
        );
        assert_eq!(
            double_to_string(-0.0001, 'f', 2, f(false, false, false, false)),
            "-0.00"
        );
        assert_eq!(
            double_to_string(-0.0, 'g', 6, f(false, false, false, true)),
            "0"
        );
        assert_eq!(
            double_to_string(f64::NEG_INFINITY, 'f', 2, f(false, false, false, true)),
            "-inf"
        );
        assert_eq!(
            double_to_string(1.5, 'e', 2, f(false, true, false, false)),
            "+1.50e+00"
        );
        assert_eq!(
            double_to_string(f64::NAN, 'F', 2, f(false, true, false, false)),
            "+NAN"
        );
        // format(123.0, '.3') == '1.23e+02'; format(12.0, '.3') == '12.0'
        assert_eq!(
            double_to_string(123.0, 'g', 3, f(false, false, true, false)),
            "1.23e+02"
        );
        assert_eq!(
            double_to_string(12.0, 'g', 3, f(false, false, true, false)),
            "12.0"
        );
        // '%#.0f' % 2.0 == '2.'; '%#.0e' % 2.0 == '2.e+00'
        assert_eq!(
            double_to_string(2.0, 'f', 0, f(true, false, false, false)),
            "2."
        );
        assert_eq!(
            double_to_string(2.0, 'e', 0, f(true, false, false, false)),
            "2.e+00"
        );
    }

    fn check_all<T: std::fmt::Debug>(failures: Vec<T>, total: usize) {
        for fail in &failures {
            eprintln!("MISMATCH {:?}", fail);
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases failed",
            failures.len(),
            total
        );
    }

    #[test]
    fn repr_table() {
        let failures: Vec<_> = REPR_CASES
            .iter()
            .filter_map(|&(bits, want)| {
                let got = float_repr(f64::from_bits(bits));
                (got != want).then_some((bits, want, got))
            })
            .collect();
        check_all(failures, REPR_CASES.len());
    }

    fn conv(x: f64, p: usize, code: char, alt: bool) -> String {
        match code {
            'f' => float_to_string_fixed(x, p),
            'e' | 'E' => float_to_string_exp(x, p, code == 'E'),
            _ => float_to_string_general(x, p, code == 'G', alt),
        }
    }

    #[test]
    fn conversion_table() {
        let failures: Vec<_> = CONV_CASES
            .iter()
            .filter_map(|&(bits, p, code, alt, want)| {
                let got = conv(f64::from_bits(bits), p, code, alt);
                (got != want).then_some((bits, p, code, alt, want, got))
            })
            .collect();
        check_all(failures, CONV_CASES.len());
    }

    #[test]
    fn big_precision_table() {
        for &(bits, p, code, want) in BIG_PREC {
            assert_eq!(conv(f64::from_bits(bits), p, code, false), want);
        }
    }

    const REPR_CASES: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x3fe0000000000000, "0.5"),
        (0x3ff8000000000000, "1.5"),
        (0x4004000000000000, "2.5"),
        (0x4059000000000000, "100.0"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x43118b54f22aeb00, "1234567890123456.0"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x4351c37937e08002, "2.000000000000001e+16"),
        (0x4376345785d8a000, "1e+17"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x3f1a36d1bd105b06, "9.9999e-05"),
        (0x0000000000000001, "5e-324"),
        (0x8000000000000001, "-5e-324"),
        (0x0000000000000002, "1e-323"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x000fffffffffffff, "2.225073858507201e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0xffefffffffffffff, "-1.7976931348623157e+308"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x4005bf0a8b145769, "2.718281828459045"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0xc05edd2f1a9fbe77, "-123.456"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x2b2bff2ee48e0530, "1e-100"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4011666666666666, "4.35"),
        (0x3fd3333333333333, "0.3"),
        (0x3ff199999999999a, "1.1"),
        (0x4005666666666666, "2.675"),
        (0x3ff0147ae147ae14, "1.005"),
        (0x419d6f3454000000, "123456789.0"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x7e37e43c8800759c, "1e+300"),
        (0x3e8421f5f40d8376, "1.5e-07"),
        (0x7fe1ccf385ebc8a0, "1e+308"),
        (0x0000000000001fa0, "4e-320"),
        (0x3fb1eb851eb851ec, "0.07"),
        (0x3e080d43de9cc603, "7e-10"),
        (0x4028000000000000, "12.0"),
        (0x4024000000000000, "10.0"),
        (0x4059000000000000, "100.0"),
        (0x430c6bf52633ffff, "999999999999999.9"),
        (0x4341c37937e08000, "1e+16"),
        (0x3f847ae147ae147a, "0.009999999999999998"),
        (0xbb91433a6aa79987, "-9.1387497028769e-22"),
        (0xd1f6f86c029a7245, "-7.139820454309632e+86"),
        (0xcd8778e7d340bbcd, "-3.089900467300506e+65"),
        (0xdaea58ba4c73a942, "-9.131299887434701e+129"),
        (0xee8971105e503a67, "-2.942877356480083e+224"),
        (0x452ec40a3193ca54, "1.8596773229471727e+25"),
        (0x6facaa5090e5e945, "8.692067227002291e+229"),
        (0x5f811cb929645f8b, "1.1202983176732331e+152"),
        (0xdfc9e3b11fcff454, "-2.71187804877673e+153"),
        (0x42d6cb5c6ed4e94b, "100250739757989.17"),
        (0xa091250e8fe46024, "-8.183770430730414e-152"),
        (0x9c9cea0c2ca1c789, "-7.481942688750341e-171"),
        (0x2fd2b7a48d9fe5b9, "2.525722336173709e-78"),
        (0xbcf74d7a5adad121, "-5.1742273216317384e-15"),
        (0xbb9d58e4f543bbcf, "-1.5536301412264183e-21"),
        (0x87f26aee175f0cd2, "-2.1789094907487126e-270"),
        (0xbc428d42fa882692, "-2.011390540120253e-18"),
        (0x95c5fb986980a81f, "-8.764271883973625e-204"),
        (0x2aa4857e8101e89a, "2.863253393402251e-103"),
        (0x34a9af4125ece845, "5.2374923668024025e-55"),
        (0x13ed748bb80e3b0d, "1.0936941514836716e-212"),
        (0xd64a3ce030a1f6d5, "-4.8141078806962144e+107"),
        (0x527122dc57708107, "1.3635548534927665e+89"),
        (0x7576714a06057c82, "6.739508595758605e+257"),
        (0x06e0f45856eaa301, "1.5303059611217572e-275"),
        (0x82bde024f7acee22, "-1.8272601399104736e-295"),
        (0xb0d26ee6fa928906, "-1.6301294128168097e-73"),
        (0x6a5ccc2cbe99854a, "2.2572140005785964e+204"),
        (0x01b5577d00e266d0, "1.9917479904700448e-300"),
        (0xa9f559fcf0b37868, "-1.4546223495953267e-106"),
        (0x29ef41d0deea959e, "1.0647315861075762e-106"),
        (0x94820a06c555663f, "-6.85882119867777e-210"),
        (0x495cfa4f2dcaabd5, "2.5849035208654928e+45"),
        (0xa70ce1b51978cec0, "-1.3980865026926386e-120"),
        (0x1b1bcf726a1eccda, "4.2893241473530543e-178"),
        (0xae711399e2b2848b, "-5.493913207906451e-85"),
        (0x2e80dbd593fd7234, "1.084765896058589e-84"),
        (0x600027e8bc90a6ec, "2.7076892184663095e+154"),
        (0xf5cdb9413b8d0e76, "-2.8563304288860733e+259"),
        (0x9893588c860a7da1, "-2.713760756235414e-190"),
        (0xe9c329a8b59a5969, "-2.9336244025820534e+201"),
        (0x5473da68d3285151, "6.784975464656184e+98"),
        (0x0a4de3e4ce9fb6a8, "4.860072067895261e-259"),
        (0x1eab5cd83b788b66, "6.082062402788562e-161"),
        (0x7fcd33d2df8960ad, "4.10132964629943e+307"),
        (0xbcb8a0843764b52e, "-3.417685226750283e-16"),
        (0xc18c6da1cd4944b6, "-59618361.66077559"),
        (0xab721ab08e1a11f0, "-2.0692936927247466e-99"),
        (0x41fad2962f927291, "7200137977.15297"),
        (0x6f05571896af0dea, "6.319251251549195e+226"),
        (0xea80db0684ab5616, "-1.056940311011457e+205"),
        (0x213f191ff56ae7ea, "1.5200456102231995e-148"),
        (0xfad2b6c50aa25068, "-4.348117394333563e+283"),
        (0x4d23bed52a04f77a, "4.061401464333647e+63"),
        (0xdd533730fbb91133, "-3.661269769061302e+141"),
        (0x026530cdd50b612b, "4.0502177924977255e-297"),
        (0xf70ae8c026784184, "-2.711481795810649e+265"),
        (0x5987baf13aa725cb, "1.9608773770896137e+123"),
        (0x578b24268a04f74f, "5.22176877534521e+113"),
        (0x62d1c049282fe557, "1.0467507166491465e+168"),
        (0x03499f8452e1fbb0, "8.023911259315103e-293"),
        (0x0f967bcc0ca02f4d, "1.4142587738176482e-233"),
        (0x71f2f9c4b6307bad, "7.908122518568666e+240"),
        (0x635a8ce2141cb03e, "4.007997109135255e+170"),
        (0xcc905983fe9e6246, "-6.568226815218018e+60"),
        (0x2df2b7c8ebaa7701, "2.3523319674493097e-87"),
        (0x02ff5f56c9f0b072, "3.0700980282040266e-294"),
        (0xb65b9045c5bc647a, "-7.543902500927032e-47"),
        (0x372139f35e2503dd, "3.862285675622193e-43"),
        (0x8334bb82adbfb00e, "-3.246198895799575e-293"),
        (0x1f1af1fac2e1dac4, "7.666272183892173e-159"),
        (0x9f3180427b142708, "-1.9917072854191663e-158"),
        (0x03898f4e0fc01b11, "1.2806528033449365e-291"),
        (0x7de6002da0485922, "2.8776776539821043e+298"),
        (0xc5a0ff6d53650fc7, "-2.63027625872595e+27"),
        (0xf74fd9ec9c2ecc16, "-5.135147086239563e+266"),
        (0xec2fc96a6bbb69f5, "-1.3376222657141875e+213"),
        (0x8cc05570f3d90ebd, "-2.920112608168592e-247"),
        (0x5d41eb25339bb47e, "1.7070668040312532e+141"),
        (0xa9b04e95c4d3c54c, "-6.943443525783314e-108"),
        (0x1e8fcb74b2d4f32a, "1.7668014370103972e-161"),
        (0x265015788e7ae9af, "3.801652100133177e-124"),
        (0x7eb14f84147de9b0, "1.8548466680109644e+302"),
        (0xe47b342b2a3a4667, "-1.0765316368766168e+176"),
        (0x55e6fa5af79fcaa0, "6.587487223251784e+105"),
        (0x340856933b0b6398, "4.8466205199672995e-58"),
        (0x29aa57a529ddf4c7, "5.608236388575786e-108"),
        (0x266fdf5c49cdbec7, "1.5067040208393873e-123"),
        (0x173148758980bb2c, "5.780202677294167e-197"),
        (0xb21ab98f85056138, "-2.4781990961863778e-67"),
        (0x2583bf9000da5a80, "5.697985911077337e-128"),
        (0xa85dffca00d0bac4, "-3.0454465617270388e-114"),
        (0xe2cce77b7efe369a, "-8.522146168608318e+167"),
        (0xd5d3cee22f529fb3, "-2.839371183697284e+105"),
        (0xef0e1c779b852cbc, "-8.916508270791997e+226"),
        (0xd9c1aa99cc6812b6, "-2.335697060103056e+124"),
        (0x43a7c488188b2694, "8.563216986513925e+17"),
        (0xc00187a68152a2c5, "-2.1912355521529627"),
        (0x10ed026067f8ab1f, "3.826751713004138e-227"),
        (0xc05f69afca5b2579, "-125.65135439778341"),
        (0x75fb4415f46d4e1d, "2.0961244526611627e+260"),
        (0x2e93761b6aae0b74, "2.504461249650085e-84"),
        (0xeb3f4d0a3e46cc1c, "-4.0197066737830738e+208"),
        (0x2f2faab7e0e3a17d, "2.0864899591815364e-81"),
        (0x5f77442206fb8a80, "7.615917795541164e+151"),
        (0x2d0bc102549968e7, "1.0644272998136749e-91"),
        (0x2d87bab8650ffbcf, "2.3297945069853475e-89"),
        (0x92573b502d9059c6, "-2.5707747585340037e-220"),
        (0xd2cf5d1dae103641, "-7.9861318468407615e+90"),
        (0xe4b1455b84ad1903, "-1.0935361238560972e+177"),
        (0xf5ce60113fba91d2, "-2.9189478353657627e+259"),
        (0x836170c269cacc7b, "-2.184601947794285e-292"),
        (0x6ae36852b11f43a4, "7.788555104309424e+206"),
        (0x1ec1db445330d7c5, "1.5876286696466443e-160"),
        (0xa4cc1ad011552ddf, "-1.9797549370939524e-131"),
        (0xbe5a445275e38718, "-2.4462941333113226e-08"),
        (0xa0ce08bb31efbef6, "-1.1469035461866962e-150"),
        (0x923c73249f0e5690, "-7.870495342264318e-221"),
        (0xbfc8436533af061b, "-0.1895567419397118"),
        (0x87ed24ba22910c37, "-1.7239120105766284e-270"),
        (0x3bb5a287e4daa2e7, "4.581365329389004e-21"),
        (0x915f892f548dc214, "-5.324859891907138e-225"),
        (0x2017a69d4ad48431, "4.4099001331323714e-154"),
        (0x82a4e5f289cb56b8, "-6.390926442744239e-296"),
        (0xc5795f45b1817b72, "-4.9076889475551325e+26"),
        (0xe4384bebabc67790, "-6.009279127398821e+174"),
        (0x0f27e5e8cc638bb9, "1.1744011760615876e-235"),
        (0xc6f736f0428b2d1b, "-7.533569576135374e+33"),
        (0x0b4634e66d47be83, "2.366336730663633e-254"),
        (0xcc9a502c5d2c805c, "-1.0570911272676434e+61"),
        (0x8930dd5b84459a03, "-2.092097213861204e-264"),
        (0x1b89788992f4b20d, "5.0284712345844046e-176"),
        (0xc24281d3a11908e0, "-158975083058.06934"),
        (0x27fafa5d11656edb, "4.279284421110761e-116"),
        (0xe15e16c15f081999, "-1.0575571389321733e+161"),
        (0xa282bbfab56471c8, "-1.920389828419362e-142"),
        (0x4661d077090b3597, "1.1291164397327534e+31"),
        (0x71afc8adbf0976bd, "4.1393654619028486e+239"),
        (0x5e622929af973c3d, "4.535474169396479e+146"),
        (0x4ea838f266dbcc44, "8.35885986122428e+70"),
        (0x9c4172e672fce34d, "-1.4109732383377358e-172"),
        (0x4fd550c343abd549, "3.856506100152423e+76"),
        (0x7e14fe2ebcba851b, "2.196686888664238e+299"),
        (0x0ce4ad117afbd9be, "1.4785672797817292e-246"),
        (0x72101a3f43df86ae, "2.684297202618864e+241"),
        (0x383a03010783a82e, "7.644161727227829e-38"),
        (0x22d57caa58569a9b, "7.048185107514365e-141"),
        (0x00855e6bebc6222b, "3.8037787569860196e-306"),
        (0xf8373eebad17d536, "-1.2280620365056162e+271"),
        (0xcdf91845a0277bbf, "-4.228467524939709e+67"),
        (0xbe40b48cec02b17c, "-7.779e-09"),
        (0xc2e5896dfd000000, "-189440000000000.0"),
        (0xc295349daf640000, "-5828932000000.0"),
        (0x4230201e3f900000, "69258330000.0"),
        (0xc1e39c2440000000, "-2632000000.0"),
        (0xc36b93f3df11a800, "-6.21e+16"),
        (0x3fe452bd3c361134, "0.6351"),
        (0xc241a08c67000000, "-151416000000.0"),
        (0xbfe8bc6a7ef9db23, "-0.773"),
        (0x3e6f477bbf89b0b1, "5.826210975200001e-08"),
        (0xc329ac104b447c00, "-3613030200000000.0"),
        (0xc12871d000000000, "-801000.0"),
        (0xc0b2d0e666666666, "-4816.9"),
        (0xc298db0e873ff000, "-6832280162300.0"),
        (0x3e7320ab0cb01d72, "7.12559e-08"),
        (0x3f0cf0d18ed36cfa, "5.52e-05"),
        (0x449aa5a0c1f8c1a4, "3.1459206284999997e+22"),
        (0x3e03175434346b9d, "5.556249699999999e-10"),
        (0x421067fb50000000, "17616000000.0"),
        (0xc3eda2603fb13ff1, "-1.7083000000000002e+19"),
        (0x42bd8efef4880000, "32500000000000.0"),
        (0x428957b36d168000, "3483057890000.0"),
        (0xbe2f0e04b0e04f45, "-3.6152497722999996e-09"),
        (0xbe636ef1c3f3cbef, "-3.6197484559999996e-08"),
        (0xc1fbe7c7dbe00000, "-7490796990.0"),
        (0xbf32599ed7c6fbd3, "-0.00028000000000000003"),
        (0x3f2e1818fb798882, "0.0002296"),
        (0xbe99a2b5c469f432, "-3.82e-07"),
        (0xbf14bcd91766819d, "-7.9108e-05"),
        (0xbe8492efccd33af1, "-1.5328803330000001e-07"),
        (0x425c89eb8d400000, "490292000000.0"),
        (0x42e40a6c58fe0000, "176280000000000.0"),
        (0x4446fa262093f208, "8.47707e+20"),
        (0xc0ba9c2e147ae147, "-6812.179999999999"),
        (0x3df4b30cb59c165f, "3.012160986e-10"),
        (0x3eb4558017c5f7fa, "1.212e-06"),
        (0xbf3ec4e7253da72a, "-0.0004695"),
        (0x40c2c5d70a3d70a4, "9611.68"),
        (0xc4619a0c5e313175, "-2.5975599999999997e+21"),
        (0x4311ad190eabaa00, "1243849434000000.0"),
        (0xc4b0953a1b0634ed, "-7.831061554e+22"),
        (0x44b1832d0d3c9f05, "8.27e+22"),
        (0xc1087cedd70a3d70, "-200605.72999999998"),
        (0xc3387a6b2280a001, "-6890000000000001.0"),
        (0xc0fb3d2fd70a3d70, "-111570.98999999999"),
        (0xbf7aef345a3f8692, "-0.00657577944"),
        (0x413575576e147ae2, "1406295.4300000002"),
        (0x3dc229f7741901ac, "3.3039999999999997e-11"),
        (0x3e3a50835c79ead9, "6.126823e-09"),
        (0x425690379a690000, "387635374500.0"),
        (0xc201942904000000, "-9437520000.0"),
        (0xc2c9e312353ef000, "-56926107500000.0"),
        (0xc15490b8277e90ff, "-5391072.617099999"),
        (0x415fe98f80000000, "8365630.0"),
        (0xbe3def989671c16d, "-6.97e-09"),
        (0xc260b1cd52a00000, "-573620000000.0"),
        (0xc4a2245d8b24c44f, "-4.283671e+22"),
        (0xc387aff136759600, "-2.13356e+17"),
        (0x43b3a601ecefb314, "1.41582125e+18"),
        (0xc4a26cefbcf207be, "-4.350606e+22"),
        (0x44498c99f4f2119a, "9.426e+20"),
        (0x401ff26334356f56, "7.986706558"),
        (0x3f3e7967caea747d, "0.00046499999999999997"),
        (0x417f2f6600000000, "32700000.0"),
        (0xc2fa5e21c23a2800, "-463865530000000.0"),
        (0x3f739e0e56839215, "0.00478940583"),
        (0x3e01417a21f41bda, "5.02209e-10"),
        (0xbdf3cc2204431ea8, "-2.8809e-10"),
        (0xbfccdc60be86b8ed, "-0.22547540000000002"),
        (0x4217b4644d000000, "25452680000.0"),
        (0xc3a99436662ebbd0, "-9.2157898e+17"),
        (0xc4148642157146d3, "-9.46523e+19"),
        (0xc47896fbedf99084, "-7.25762254e+21"),
        (0x41f616404e400000, "5928912100.0"),
        (0xc44a5522ab62ddff, "-9.715e+20"),
        (0x44061e232e52c760, "5.1e+19"),
        (0x43752a2f1714ea80, "9.53177e+16"),
        (0xc49b1871903a6a28, "-3.19887e+22"),
        (0x40f29bba8f5c28f6, "76219.66"),
        (0xbf46f10410653ade, "-0.00070011805"),
        (0x3e6bfc0309e37f22, "5.2125046711000005e-08"),
        (0xc3054ec911814000, "-749700000000000.0"),
        (0x4073e33333333333, "318.2"),
        (0xbf355d5f56a7ac82, "-0.000326"),
        (0x41956dbe00000000, "89878400.0"),
        (0xc28aec14594a0000, "-3700157000000.0"),
        (0x3f5cffeb074a771d, "0.00177"),
        (0xc2289dddecc00000, "-52863891040.0"),
        (0x400d978d4fdf3b64, "3.699"),
        (0xc4af779f44ab7507, "-7.43e+22"),
        (0x407926a29acf79a5, "402.41469842"),
        (0x416041a040000000, "8523010.0"),
        (0x3f16e95091120b9b, "8.74e-05"),
        (0x40e4acc000000000, "42342.0"),
        (0xbfb89a027525460b, "-0.0961"),
        (0xc2e131f450b68000, "-151250000000000.0"),
        (0xbe3c12d687a2e7c8, "-6.536391089999999e-09"),
        (0x44669b099aa3a9e4, "3.336e+21"),
        (0xbf32d10df7d9b03a, "-0.0002871188261"),
        (0xbfee902de00d1b72, "-0.9551000000000001"),
        (0x3e45798ee2308c3a, "1e-08"),
        (0x3e45798ee2308c39, "9.999999999999999e-09"),
        (0x3e45798ee2308c3b, "1.0000000000000002e-08"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x3e7ad7f29abcaf47, "9.999999999999998e-08"),
        (0x3e7ad7f29abcaf49, "1.0000000000000001e-07"),
        (0x3eb0c6f7a0b5ed8d, "1e-06"),
        (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-07"),
        (0x3eb0c6f7a0b5ed8e, "1.0000000000000002e-06"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3ee4f8b588e368f0, "9.999999999999999e-06"),
        (0x3ee4f8b588e368f2, "1.0000000000000003e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f1a36e2eb1c432c, "9.999999999999999e-05"),
        (0x3f1a36e2eb1c432e, "0.00010000000000000002"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x3f50624dd2f1a9fb, "0.0009999999999999998"),
        (0x3f50624dd2f1a9fd, "0.0010000000000000002"),
        (0x3f847ae147ae147b, "0.01"),
        (0x3f847ae147ae147a, "0.009999999999999998"),
        (0x3f847ae147ae147c, "0.010000000000000002"),
        (0x3fb999999999999a, "0.1"),
        (0x3fb9999999999999, "0.09999999999999999"),
        (0x3fb999999999999b, "0.10000000000000002"),
        (0x3ff0000000000000, "1.0"),
        (0x3fefffffffffffff, "0.9999999999999999"),
        (0x3ff0000000000001, "1.0000000000000002"),
        (0x4024000000000000, "10.0"),
        (0x4023ffffffffffff, "9.999999999999998"),
        (0x4024000000000001, "10.000000000000002"),
        (0x4059000000000000, "100.0"),
        (0x4058ffffffffffff, "99.99999999999999"),
        (0x4059000000000001, "100.00000000000001"),
        (0x408f400000000000, "1000.0"),
        (0x408f3fffffffffff, "999.9999999999999"),
        (0x408f400000000001, "1000.0000000000001"),
        (0x40c3880000000000, "10000.0"),
        (0x40c387ffffffffff, "9999.999999999998"),
        (0x40c3880000000001, "10000.000000000002"),
        (0x40f86a0000000000, "100000.0"),
        (0x40f869ffffffffff, "99999.99999999999"),
        (0x40f86a0000000001, "100000.00000000001"),
        (0x412e848000000000, "1000000.0"),
        (0x412e847fffffffff, "999999.9999999999"),
        (0x412e848000000001, "1000000.0000000001"),
        (0x416312d000000000, "10000000.0"),
        (0x416312cfffffffff, "9999999.999999998"),
        (0x416312d000000001, "10000000.000000002"),
        (0x4197d78400000000, "100000000.0"),
        (0x4197d783ffffffff, "99999999.99999999"),
        (0x4197d78400000001, "100000000.00000001"),
        (0x41cdcd6500000000, "1000000000.0"),
        (0x41cdcd64ffffffff, "999999999.9999999"),
        (0x41cdcd6500000001, "1000000000.0000001"),
        (0x4202a05f20000000, "10000000000.0"),
        (0x4202a05f1fffffff, "9999999999.999998"),
        (0x4202a05f20000001, "10000000000.000002"),
        (0x42374876e8000000, "100000000000.0"),
        (0x42374876e7ffffff, "99999999999.99998"),
        (0x42374876e8000001, "100000000000.00002"),
        (0x426d1a94a2000000, "1000000000000.0"),
        (0x426d1a94a1ffffff, "999999999999.9999"),
        (0x426d1a94a2000001, "1000000000000.0001"),
        (0x42a2309ce5400000, "10000000000000.0"),
        (0x42a2309ce53fffff, "9999999999999.998"),
        (0x42a2309ce5400001, "10000000000000.002"),
        (0x42d6bcc41e900000, "100000000000000.0"),
        (0x42d6bcc41e8fffff, "99999999999999.98"),
        (0x42d6bcc41e900001, "100000000000000.02"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x430c6bf52633ffff, "999999999999999.9"),
        (0x430c6bf526340001, "1000000000000000.1"),
        (0x4341c37937e08000, "1e+16"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4341c37937e08001, "1.0000000000000002e+16"),
        (0x4376345785d8a000, "1e+17"),
        (0x4376345785d89fff, "9.999999999999998e+16"),
        (0x4376345785d8a001, "1.0000000000000002e+17"),
        (0x43abc16d674ec800, "1e+18"),
        (0x43abc16d674ec7ff, "9.999999999999999e+17"),
        (0x43abc16d674ec801, "1.0000000000000001e+18"),
        (0x43e158e460913d00, "1e+19"),
        (0x43e158e460913cff, "9.999999999999998e+18"),
        (0x43e158e460913d01, "1.0000000000000002e+19"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x0170000000000000, "9.332636185032189e-302"),
        (0x20b0000000000000, "3.054936363499605e-151"),
        (0x3ca0000000000000, "1.1102230246251565e-16"),
        (0x3fe0000000000000, "0.5"),
        (0x3ff0000000000000, "1.0"),
        (0x4000000000000000, "2.0"),
        (0x4330000000000000, "4503599627370496.0"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0x43f0000000000000, "1.8446744073709552e+19"),
        (0x4630000000000000, "1.2676506002282294e+30"),
        (0x5f30000000000000, "3.273390607896142e+150"),
        (0x7fe0000000000000, "8.98846567431158e+307"),
        // exact ties between two shortest candidates: dtoa picks the even digit
        (0x4315e5db87e355b3, "1540926387836268.8"), // tie
        (0x42d7b8dc4662ac98, "104330948086450.38"), // tie
        (0x43164a7f246d47e7, "1568589855019513.8"), // tie
        (0x431139e03eb58485, "1212177472905505.2"), // tie
        (0x4311e512c4864db3, "1259235843347308.8"), // tie
        (0x42b60642176b7eb0, "24216134445950.688"), // tie
        (0x431acdde17ac1e53, "1886175789516692.8"), // tie
        (0x431f1adc281dba03, "2188814286548608.8"), // tie
        (0x42e7d4f15c4f6aec, "209626798914391.38"), // tie
        (0x430fd92a898217ee, "1120562624611069.8"), // tie
        (0x43106b74c2de4e67, "1155437214274457.8"), // tie
        (0x43156916d1a53e4b, "1506630309597074.8"), // tie
        (0x42ed59eb7aef7104, "258176319978376.12"), // tie
        (0x42da333d7ed613e8, "115229509507151.62"), // tie
        (0x430c85bf682eb106, "1003544560129568.8"), // tie
        (0x42d9dde890a7de58, "113763521044345.38"), // tie
        (0x430183f369bbfc5e, "616269509787531.8"),  // tie
        (0x4308decda7cdb9de, "875046788249403.8"),  // tie
        (0x42e7d11de0a73264, "209495334926739.12"), // tie
        (0x4312da7e475a9de7, "1326696369661817.8"), // tie
        (0x430a6e4f315f8a42, "929954475536712.2"),  // tie
        (0x431a166ea50ede01, "1835753466476416.2"), // tie
        (0x4312366d6257aa11, "1281598252509828.2"), // tie
        (0x43051071b6751a5e, "741131886175051.8"),  // tie
        (0x42ba21bf576131f0, "28732246417713.938"), // tie
        (0x4300b52f5056ea3e, "587851805416775.8"),  // tie
        (0x42e6a930eeba304c, "199327409885570.38"), // tie
        (0x4302497c87eb0be6, "643418598236540.8"),  // tie
        (0x42ef04078bb683cc, "272817335415838.38"), // tie
        (0x42d9cdcd77a7f518, "113486824644564.38"), // tie
    ];

    const CONV_CASES: &[(u64, usize, char, bool, &str)] = &[
        (0x4058e00000000000, 3, 'E', false, "9.950E+01"),
        (0x0000000000000001, 3, 'E', false, "4.941E-324"),
        (0x3fb999999999999a, 3, 'E', false, "1.000E-01"),
        (0x3fd8000000000000, 3, 'E', false, "3.750E-01"),
        (0x7ff0000000000000, 3, 'E', false, "INF"),
        (0x8000000000000000, 3, 'E', false, "-0.000E+00"),
        (0x3ff0147ae147ae14, 3, 'E', false, "1.005E+00"),
        (0x3e7ad7f29abcaf48, 3, 'E', false, "1.000E-07"),
        (0x4005666666666666, 3, 'E', false, "2.675E+00"),
        (0x7fefffffffffffff, 3, 'E', false, "1.798E+308"),
        (0x3f202e7ef70994dd, 3, 'E', false, "1.235E-04"),
        (0xbf3a36e2eb1c432d, 3, 'E', false, "-4.000E-04"),
        (0x4004000000000000, 3, 'E', false, "2.500E+00"),
        (0x4058e00000000000, 4, 'G', false, "99.5"),
        (0x0000000000000000, 4, 'G', true, "0.000"),
        (0xbfb999999999999a, 4, 'G', true, "-0.1000"),
        (0x4341c37937e08000, 4, 'G', true, "1.000E+16"),
        (0x7ff8000000000000, 4, 'G', true, "NAN"),
        (0x8000000000000000, 4, 'G', false, "-0"),
        (0x4341c37937e08000, 4, 'G', false, "1E+16"),
        (0x3fa999999999999a, 4, 'G', true, "0.05000"),
        (0x7fefffffffffffff, 4, 'G', false, "1.798E+308"),
        (0x0000000000000000, 4, 'G', false, "0"),
        (0x3fd8000000000000, 4, 'G', false, "0.375"),
        (0xfff0000000000000, 4, 'G', false, "-INF"),
        (0x3fd8000000000000, 4, 'G', true, "0.3750"),
        (0x4480f0cf064dd592, 4, 'G', false, "1E+22"),
        (0x4005666666666666, 4, 'G', false, "2.675"),
        (0xbf3a36e2eb1c432d, 4, 'G', true, "-0.0004000"),
        (0x7ff0000000000000, 4, 'G', false, "INF"),
        (0xfff0000000000000, 4, 'G', true, "-INF"),
        (0x8000000000000000, 4, 'G', true, "-0.000"),
        (0x3fd5555555555555, 4, 'G', true, "0.3333"),
        (0x3ff8000000000000, 4, 'G', false, "1.5"),
        (0x3fc0000000000000, 4, 'G', true, "0.1250"),
        (0x3f202e7ef70994dd, 4, 'G', true, "0.0001235"),
        (0x3ff0147ae147ae14, 4, 'G', false, "1.005"),
        (0x0000000000000001, 4, 'G', false, "4.941E-324"),
        (0xbfb999999999999a, 4, 'G', false, "-0.1"),
        (0xbfb999999999999a, 0, 'e', false, "-1e-01"),
        (0x7ff8000000000000, 0, 'e', false, "nan"),
        (0x4005666666666666, 0, 'e', false, "3e+00"),
        (0x3fd8000000000000, 0, 'e', false, "4e-01"),
        (0x7fefffffffffffff, 0, 'e', false, "2e+308"),
        (0x3f202e7ef70994dd, 0, 'e', false, "1e-04"),
        (0x4058e00000000000, 0, 'e', false, "1e+02"),
        (0xfff0000000000000, 0, 'e', false, "-inf"),
        (0x0000000000000001, 0, 'e', false, "5e-324"),
        (0x7ff0000000000000, 0, 'e', false, "inf"),
        (0x0000000000000000, 0, 'e', false, "0e+00"),
        (0x8000000000000000, 0, 'e', false, "-0e+00"),
        (0x4341c37937e08000, 0, 'e', false, "1e+16"),
        (0x4004000000000000, 0, 'e', false, "2e+00"),
        (0x4058e00000000000, 1, 'e', false, "1.0e+02"),
        (0x3fa999999999999a, 1, 'e', false, "5.0e-02"),
        (0x0000000000000001, 1, 'e', false, "4.9e-324"),
        (0x3e7ad7f29abcaf48, 1, 'e', false, "1.0e-07"),
        (0xfff0000000000000, 1, 'e', false, "-inf"),
        (0x4023fd70a3d70a3d, 1, 'e', false, "1.0e+01"),
        (0x8000000000000000, 1, 'e', false, "-0.0e+00"),
        (0x0000000000000001, 2, 'e', false, "4.94e-324"),
        (0x3fb999999999999a, 2, 'e', false, "1.00e-01"),
        (0xbf3a36e2eb1c432d, 2, 'e', false, "-4.00e-04"),
        (0x4004000000000000, 2, 'e', false, "2.50e+00"),
        (0xbff0147ae147ae14, 2, 'e', false, "-1.00e+00"),
        (0x4023fd70a3d70a3d, 2, 'e', false, "9.99e+00"),
        (0x3fd5555555555555, 2, 'e', false, "3.33e-01"),
        (0x7ff8000000000000, 2, 'e', false, "nan"),
        (0x3fe0000000000000, 2, 'e', false, "5.00e-01"),
        (0x3fd8000000000000, 2, 'e', false, "3.75e-01"),
        (0x7ff0000000000000, 2, 'e', false, "inf"),
        (0x8000000000000000, 2, 'e', false, "-0.00e+00"),
        (0x7fefffffffffffff, 2, 'e', false, "1.80e+308"),
        (0x4341c37937e08000, 3, 'e', false, "1.000e+16"),
        (0x3f202e7ef70994dd, 3, 'e', false, "1.235e-04"),
        (0x7ff8000000000000, 3, 'e', false, "nan"),
        (0x3fa999999999999a, 3, 'e', false, "5.000e-02"),
        (0xfff0000000000000, 3, 'e', false, "-inf"),
        (0x0000000000000001, 3, 'e', false, "4.941e-324"),
        (0x405edd2f1a9fbe77, 3, 'e', false, "1.235e+02"),
        (0x7fefffffffffffff, 3, 'e', false, "1.798e+308"),
        (0x3fd5555555555555, 3, 'e', false, "3.333e-01"),
        (0x3ff8000000000000, 3, 'e', false, "1.500e+00"),
        (0x3ff0147ae147ae14, 3, 'e', false, "1.005e+00"),
        (0x3e7ad7f29abcaf48, 3, 'e', false, "1.000e-07"),
        (0xbfb999999999999a, 3, 'e', false, "-1.000e-01"),
        (0x41678c29dccccccd, 3, 'e', false, "1.235e+07"),
        (0x4004000000000000, 3, 'e', false, "2.500e+00"),
        (0x8000000000000000, 3, 'e', false, "-0.000e+00"),
        (0x4023fd70a3d70a3d, 3, 'e', false, "9.995e+00"),
        (0x0000000000000000, 5, 'e', false, "0.00000e+00"),
        (0x3f202e7ef70994dd, 5, 'e', false, "1.23456e-04"),
        (0x3fd5555555555555, 5, 'e', false, "3.33333e-01"),
        (0x41678c29dccccccd, 5, 'e', false, "1.23457e+07"),
        (0x7ff8000000000000, 5, 'e', false, "nan"),
        (0x7fefffffffffffff, 5, 'e', false, "1.79769e+308"),
        (0x4341c37937e08000, 5, 'e', false, "1.00000e+16"),
        (0x8000000000000000, 5, 'e', false, "-0.00000e+00"),
        (0x4004000000000000, 5, 'e', false, "2.50000e+00"),
        (0x3fc0000000000000, 10, 'e', false, "1.2500000000e-01"),
        (0x0000000000000001, 10, 'e', false, "4.9406564584e-324"),
        (0x4005666666666666, 10, 'e', false, "2.6750000000e+00"),
        (0x7ff8000000000000, 10, 'e', false, "nan"),
        (0x4341c37937e08000, 10, 'e', false, "1.0000000000e+16"),
        (0x4058e00000000000, 10, 'e', false, "9.9500000000e+01"),
        (0x3e7ad7f29abcaf48, 10, 'e', false, "1.0000000000e-07"),
        (0x3fd5555555555555, 10, 'e', false, "3.3333333333e-01"),
        (0x7ff0000000000000, 10, 'e', false, "inf"),
        (0x0000000000000000, 10, 'e', false, "0.0000000000e+00"),
        (0xbfb999999999999a, 10, 'e', false, "-1.0000000000e-01"),
        (0x3fa999999999999a, 10, 'e', false, "5.0000000000e-02"),
        (0x41678c29dccccccd, 10, 'e', false, "1.2345678900e+07"),
        (0x405edd2f1a9fbe77, 10, 'e', false, "1.2345600000e+02"),
        (0x3fb999999999999a, 10, 'e', false, "1.0000000000e-01"),
        (0x3ff8000000000000, 10, 'e', false, "1.5000000000e+00"),
        (0x7fefffffffffffff, 10, 'e', false, "1.7976931349e+308"),
        (0x4004000000000000, 10, 'e', false, "2.5000000000e+00"),
        (0x3fd8000000000000, 17, 'e', false, "3.75000000000000000e-01"),
        (0x3f202e7ef70994dd, 17, 'e', false, "1.23456000000000005e-04"),
        (0x4480f0cf064dd592, 17, 'e', false, "1.00000000000000000e+22"),
        (0x4004000000000000, 17, 'e', false, "2.50000000000000000e+00"),
        (0xbf3a36e2eb1c432d, 17, 'e', false, "-4.00000000000000019e-04"),
        (0x3ff8000000000000, 17, 'e', false, "1.50000000000000000e+00"),
        (0x7fefffffffffffff, 17, 'e', false, "1.79769313486231571e+308"),
        (0x3fb999999999999a, 17, 'e', false, "1.00000000000000006e-01"),
        (0x7ff8000000000000, 17, 'e', false, "nan"),
        (0xbfb999999999999a, 20, 'e', false, "-1.00000000000000005551e-01"),
        (0x0000000000000001, 20, 'e', false, "4.94065645841246544177e-324"),
        (0x7ff8000000000000, 20, 'e', false, "nan"),
        (0x4341c37937e08000, 20, 'e', false, "1.00000000000000000000e+16"),
        (0x4480f0cf064dd592, 20, 'e', false, "1.00000000000000000000e+22"),
        (0x3fd5555555555555, 20, 'e', false, "3.33333333333333314830e-01"),
        (0x405edd2f1a9fbe77, 20, 'e', false, "1.23456000000000003070e+02"),
        (0x7ff0000000000000, 20, 'e', false, "inf"),
        (0x3f202e7ef70994dd, 20, 'e', false, "1.23456000000000005188e-04"),
        (0xbfb999999999999a, 0, 'f', false, "-0"),
        (0x3fd5555555555555, 0, 'f', false, "0"),
        (0x3fc0000000000000, 0, 'f', false, "0"),
        (0x3fe0000000000000, 0, 'f', false, "0"),
        (0x4023fd70a3d70a3d, 0, 'f', false, "10"),
        (0x3ff8000000000000, 0, 'f', false, "2"),
        (0x4058e00000000000, 0, 'f', false, "100"),
        (0x7fefffffffffffff, 0, 'f', false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x7ff8000000000000, 0, 'f', false, "nan"),
        (0x3fd8000000000000, 0, 'f', false, "0"),
        (0x3fb999999999999a, 0, 'f', false, "0"),
        (0x4480f0cf064dd592, 0, 'f', false, "10000000000000000000000"),
        (0x3ff0147ae147ae14, 0, 'f', false, "1"),
        (0x8000000000000000, 0, 'f', false, "-0"),
        (0xbf3a36e2eb1c432d, 0, 'f', false, "-0"),
        (0x3fe0000000000000, 1, 'f', false, "0.5"),
        (0x3fd8000000000000, 1, 'f', false, "0.4"),
        (0x4480f0cf064dd592, 1, 'f', false, "10000000000000000000000.0"),
        (0xbff0147ae147ae14, 1, 'f', false, "-1.0"),
        (0x4023fd70a3d70a3d, 1, 'f', false, "10.0"),
        (0x7ff0000000000000, 1, 'f', false, "inf"),
        (0x8000000000000000, 1, 'f', false, "-0.0"),
        (0x4058e00000000000, 1, 'f', false, "99.5"),
        (0x41678c29dccccccd, 1, 'f', false, "12345678.9"),
        (0x3ff8000000000000, 1, 'f', false, "1.5"),
        (0x7ff8000000000000, 1, 'f', false, "nan"),
        (0xbf3a36e2eb1c432d, 1, 'f', false, "-0.0"),
        (0x3e7ad7f29abcaf48, 1, 'f', false, "0.0"),
        (0x3fa999999999999a, 1, 'f', false, "0.1"),
        (0x4004000000000000, 1, 'f', false, "2.5"),
        (0x4341c37937e08000, 1, 'f', false, "10000000000000000.0"),
        (0x3f202e7ef70994dd, 1, 'f', false, "0.0"),
        (0x4023fd70a3d70a3d, 2, 'f', false, "9.99"),
        (0x3ff0147ae147ae14, 2, 'f', false, "1.00"),
        (0x0000000000000001, 2, 'f', false, "0.00"),
        (0x4480f0cf064dd592, 2, 'f', false, "10000000000000000000000.00"),
        (0x4004000000000000, 2, 'f', false, "2.50"),
        (0x4058e00000000000, 2, 'f', false, "99.50"),
        (0x0000000000000000, 2, 'f', false, "0.00"),
        (0xbf3a36e2eb1c432d, 2, 'f', false, "-0.00"),
        (0x4005666666666666, 2, 'f', false, "2.67"),
        (0xbff0147ae147ae14, 2, 'f', false, "-1.00"),
        (0x7ff8000000000000, 2, 'f', false, "nan"),
        (0x3ff8000000000000, 2, 'f', false, "1.50"),
        (0xbf3a36e2eb1c432d, 3, 'f', false, "-0.000"),
        (0x0000000000000001, 3, 'f', false, "0.000"),
        (0x3ff8000000000000, 3, 'f', false, "1.500"),
        (0x41678c29dccccccd, 3, 'f', false, "12345678.900"),
        (0x7fefffffffffffff, 3, 'f', false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
        (0x3f202e7ef70994dd, 3, 'f', false, "0.000"),
        (0x4480f0cf064dd592, 3, 'f', false, "10000000000000000000000.000"),
        (0x3fe0000000000000, 3, 'f', false, "0.500"),
        (0x4004000000000000, 3, 'f', false, "2.500"),
        (0x4341c37937e08000, 3, 'f', false, "10000000000000000.000"),
        (0x3fc0000000000000, 3, 'f', false, "0.125"),
        (0xbfb999999999999a, 3, 'f', false, "-0.100"),
        (0x3fd5555555555555, 3, 'f', false, "0.333"),
        (0x3fd8000000000000, 3, 'f', false, "0.375"),
        (0x41678c29dccccccd, 5, 'f', false, "12345678.90000"),
        (0xfff0000000000000, 5, 'f', false, "-inf"),
        (0x405edd2f1a9fbe77, 5, 'f', false, "123.45600"),
        (0x4058e00000000000, 5, 'f', false, "99.50000"),
        (0x4004000000000000, 5, 'f', false, "2.50000"),
        (0x3fd5555555555555, 5, 'f', false, "0.33333"),
        (0x4341c37937e08000, 5, 'f', false, "10000000000000000.00000"),
        (0xbfb999999999999a, 5, 'f', false, "-0.10000"),
        (0x3fb999999999999a, 5, 'f', false, "0.10000"),
        (0x3fd8000000000000, 5, 'f', false, "0.37500"),
        (0x0000000000000001, 5, 'f', false, "0.00000"),
        (0x7ff8000000000000, 5, 'f', false, "nan"),
        (0x3fc0000000000000, 5, 'f', false, "0.12500"),
        (0x8000000000000000, 5, 'f', false, "-0.00000"),
        (0xbf3a36e2eb1c432d, 10, 'f', false, "-0.0004000000"),
        (0x3fe0000000000000, 10, 'f', false, "0.5000000000"),
        (0x7fefffffffffffff, 10, 'f', false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0000000000"),
        (0x41678c29dccccccd, 10, 'f', false, "12345678.9000000004"),
        (0x0000000000000000, 10, 'f', false, "0.0000000000"),
        (0x3ff0147ae147ae14, 10, 'f', false, "1.0050000000"),
        (0x4005666666666666, 10, 'f', false, "2.6750000000"),
        (0x3fc0000000000000, 10, 'f', false, "0.1250000000"),
        (0x3fd5555555555555, 10, 'f', false, "0.3333333333"),
        (0x4341c37937e08000, 17, 'f', false, "10000000000000000.00000000000000000"),
        (0x4058e00000000000, 17, 'f', false, "99.50000000000000000"),
        (0x8000000000000000, 17, 'f', false, "-0.00000000000000000"),
        (0xfff0000000000000, 17, 'f', false, "-inf"),
        (0x0000000000000000, 17, 'f', false, "0.00000000000000000"),
        (0x3ff0147ae147ae14, 17, 'f', false, "1.00499999999999989"),
        (0x4004000000000000, 17, 'f', false, "2.50000000000000000"),
        (0x3ff8000000000000, 17, 'f', false, "1.50000000000000000"),
        (0x7ff0000000000000, 17, 'f', false, "inf"),
        (0x3fd5555555555555, 17, 'f', false, "0.33333333333333331"),
        (0x41678c29dccccccd, 17, 'f', false, "12345678.90000000037252903"),
        (0x3fb999999999999a, 17, 'f', false, "0.10000000000000001"),
        (0x3f202e7ef70994dd, 17, 'f', false, "0.00012345600000000"),
        (0xbfb999999999999a, 17, 'f', false, "-0.10000000000000001"),
        (0x4480f0cf064dd592, 20, 'f', false, "10000000000000000000000.00000000000000000000"),
        (0x3fb999999999999a, 20, 'f', false, "0.10000000000000000555"),
        (0x3fc0000000000000, 20, 'f', false, "0.12500000000000000000"),
        (0x3ff0147ae147ae14, 20, 'f', false, "1.00499999999999989342"),
        (0xbff0147ae147ae14, 20, 'f', false, "-1.00499999999999989342"),
        (0x3f202e7ef70994dd, 20, 'f', false, "0.00012345600000000001"),
        (0x3fe0000000000000, 20, 'f', false, "0.50000000000000000000"),
        (0xfff0000000000000, 20, 'f', false, "-inf"),
        (0x3ff8000000000000, 20, 'f', false, "1.50000000000000000000"),
        (0x8000000000000000, 20, 'f', false, "-0.00000000000000000000"),
        (0x7ff0000000000000, 20, 'f', false, "inf"),
        (0x4005666666666666, 20, 'f', false, "2.67499999999999982236"),
        (0x4058e00000000000, 20, 'f', false, "99.50000000000000000000"),
        (0x41678c29dccccccd, 20, 'f', false, "12345678.90000000037252902985"),
        (0xbff0147ae147ae14, 0, 'g', true, "-1."),
        (0x7ff0000000000000, 0, 'g', true, "inf"),
        (0xbfb999999999999a, 0, 'g', true, "-0.1"),
        (0x3fc0000000000000, 0, 'g', false, "0.1"),
        (0x405edd2f1a9fbe77, 0, 'g', true, "1.e+02"),
        (0x4341c37937e08000, 0, 'g', true, "1.e+16"),
        (0x4023fd70a3d70a3d, 0, 'g', false, "1e+01"),
        (0x4480f0cf064dd592, 0, 'g', true, "1.e+22"),
        (0x3ff0147ae147ae14, 0, 'g', false, "1"),
        (0x4004000000000000, 0, 'g', true, "2."),
        (0x41678c29dccccccd, 0, 'g', false, "1e+07"),
        (0x3ff0147ae147ae14, 0, 'g', true, "1."),
        (0x4058e00000000000, 0, 'g', false, "1e+02"),
        (0x4341c37937e08000, 0, 'g', false, "1e+16"),
        (0x7ff8000000000000, 0, 'g', false, "nan"),
        (0x3fe0000000000000, 0, 'g', true, "0.5"),
        (0xfff0000000000000, 0, 'g', false, "-inf"),
        (0x3fa999999999999a, 0, 'g', false, "0.05"),
        (0xbfb999999999999a, 0, 'g', false, "-0.1"),
        (0x3fa999999999999a, 0, 'g', true, "0.05"),
        (0x3f202e7ef70994dd, 0, 'g', false, "0.0001"),
        (0x4058e00000000000, 0, 'g', true, "1.e+02"),
        (0xbf3a36e2eb1c432d, 0, 'g', false, "-0.0004"),
        (0x7fefffffffffffff, 0, 'g', false, "2e+308"),
        (0x7ff8000000000000, 0, 'g', true, "nan"),
        (0x4005666666666666, 0, 'g', false, "3"),
        (0x0000000000000000, 0, 'g', true, "0."),
        (0x3fb999999999999a, 0, 'g', false, "0.1"),
        (0x3ff0147ae147ae14, 1, 'g', true, "1."),
        (0x3ff0147ae147ae14, 1, 'g', false, "1"),
        (0x3fa999999999999a, 1, 'g', false, "0.05"),
        (0xfff0000000000000, 1, 'g', false, "-inf"),
        (0x4341c37937e08000, 1, 'g', false, "1e+16"),
        (0x4005666666666666, 1, 'g', false, "3"),
        (0x3ff8000000000000, 1, 'g', true, "2."),
        (0xfff0000000000000, 1, 'g', true, "-inf"),
        (0x4023fd70a3d70a3d, 1, 'g', true, "1.e+01"),
        (0xbf3a36e2eb1c432d, 1, 'g', true, "-0.0004"),
        (0x3fd8000000000000, 1, 'g', true, "0.4"),
        (0x3fc0000000000000, 1, 'g', true, "0.1"),
        (0x3e7ad7f29abcaf48, 1, 'g', true, "1.e-07"),
        (0x3fb999999999999a, 1, 'g', false, "0.1"),
        (0x0000000000000000, 1, 'g', false, "0"),
        (0x3e7ad7f29abcaf48, 1, 'g', false, "1e-07"),
        (0x3fd8000000000000, 2, 'g', true, "0.38"),
        (0x7ff8000000000000, 2, 'g', false, "nan"),
        (0x7ff0000000000000, 2, 'g', false, "inf"),
        (0x3ff8000000000000, 2, 'g', false, "1.5"),
        (0x3ff8000000000000, 2, 'g', true, "1.5"),
        (0x0000000000000001, 2, 'g', false, "4.9e-324"),
        (0x4004000000000000, 2, 'g', true, "2.5"),
        (0x41678c29dccccccd, 2, 'g', false, "1.2e+07"),
        (0x4005666666666666, 2, 'g', true, "2.7"),
        (0x3fd5555555555555, 2, 'g', false, "0.33"),
        (0x3ff0147ae147ae14, 2, 'g', true, "1.0"),
        (0x3fe0000000000000, 2, 'g', false, "0.5"),
        (0x4341c37937e08000, 2, 'g', true, "1.0e+16"),
        (0xfff0000000000000, 2, 'g', true, "-inf"),
        (0x3fb999999999999a, 2, 'g', false, "0.1"),
        (0x8000000000000000, 2, 'g', false, "-0"),
        (0x405edd2f1a9fbe77, 2, 'g', false, "1.2e+02"),
        (0x4058e00000000000, 2, 'g', true, "1.0e+02"),
        (0x4058e00000000000, 2, 'g', false, "1e+02"),
        (0x4341c37937e08000, 2, 'g', false, "1e+16"),
        (0x4480f0cf064dd592, 2, 'g', true, "1.0e+22"),
        (0x0000000000000000, 2, 'g', false, "0"),
        (0x7fefffffffffffff, 2, 'g', true, "1.8e+308"),
        (0x3fa999999999999a, 2, 'g', true, "0.050"),
        (0x7ff0000000000000, 2, 'g', true, "inf"),
        (0xbff0147ae147ae14, 2, 'g', true, "-1.0"),
        (0x4023fd70a3d70a3d, 2, 'g', false, "10"),
        (0x4023fd70a3d70a3d, 2, 'g', true, "10."),
        (0x3e7ad7f29abcaf48, 2, 'g', true, "1.0e-07"),
        (0x3fd5555555555555, 2, 'g', true, "0.33"),
        (0x3fc0000000000000, 2, 'g', false, "0.12"),
        (0x4023fd70a3d70a3d, 3, 'g', true, "9.99"),
        (0x3fc0000000000000, 3, 'g', true, "0.125"),
        (0x3ff0147ae147ae14, 3, 'g', false, "1"),
        (0x3fb999999999999a, 3, 'g', false, "0.1"),
        (0x3fb999999999999a, 3, 'g', true, "0.100"),
        (0x3ff0147ae147ae14, 3, 'g', true, "1.00"),
        (0x8000000000000000, 3, 'g', false, "-0"),
        (0x4341c37937e08000, 3, 'g', true, "1.00e+16"),
        (0x4005666666666666, 3, 'g', false, "2.67"),
        (0x4058e00000000000, 3, 'g', true, "99.5"),
        (0x3fe0000000000000, 3, 'g', false, "0.5"),
        (0x3fa999999999999a, 3, 'g', true, "0.0500"),
        (0x3ff8000000000000, 3, 'g', true, "1.50"),
        (0x4023fd70a3d70a3d, 3, 'g', false, "9.99"),
        (0x7ff8000000000000, 3, 'g', false, "nan"),
        (0x41678c29dccccccd, 3, 'g', false, "1.23e+07"),
        (0x405edd2f1a9fbe77, 3, 'g', false, "123"),
        (0x4004000000000000, 3, 'g', false, "2.5"),
        (0x7fefffffffffffff, 3, 'g', true, "1.80e+308"),
        (0x3f202e7ef70994dd, 3, 'g', true, "0.000123"),
        (0x7ff0000000000000, 3, 'g', false, "inf"),
        (0x7ff0000000000000, 3, 'g', true, "inf"),
        (0xbfb999999999999a, 3, 'g', true, "-0.100"),
        (0x0000000000000000, 3, 'g', true, "0.00"),
        (0x3fe0000000000000, 5, 'g', true, "0.50000"),
        (0x3fc0000000000000, 5, 'g', false, "0.125"),
        (0x3fa999999999999a, 5, 'g', false, "0.05"),
        (0x7fefffffffffffff, 5, 'g', false, "1.7977e+308"),
        (0x7fefffffffffffff, 5, 'g', true, "1.7977e+308"),
        (0x0000000000000000, 5, 'g', true, "0.0000"),
        (0x3fd8000000000000, 5, 'g', true, "0.37500"),
        (0x4480f0cf064dd592, 5, 'g', false, "1e+22"),
        (0x8000000000000000, 5, 'g', true, "-0.0000"),
        (0x8000000000000000, 5, 'g', false, "-0"),
        (0x3f202e7ef70994dd, 5, 'g', true, "0.00012346"),
        (0x4023fd70a3d70a3d, 5, 'g', true, "9.9950"),
        (0x7ff8000000000000, 5, 'g', true, "nan"),
        (0x405edd2f1a9fbe77, 5, 'g', false, "123.46"),
        (0x7ff8000000000000, 5, 'g', false, "nan"),
        (0x4480f0cf064dd592, 5, 'g', true, "1.0000e+22"),
        (0x4058e00000000000, 5, 'g', true, "99.500"),
        (0x4058e00000000000, 5, 'g', false, "99.5"),
        (0xbff0147ae147ae14, 5, 'g', false, "-1.005"),
        (0x3f202e7ef70994dd, 5, 'g', false, "0.00012346"),
        (0x7ff0000000000000, 5, 'g', true, "inf"),
        (0x0000000000000001, 5, 'g', true, "4.9407e-324"),
        (0x3fb999999999999a, 5, 'g', false, "0.1"),
        (0x3fe0000000000000, 10, 'g', false, "0.5"),
        (0x3fa999999999999a, 10, 'g', false, "0.05"),
        (0x8000000000000000, 10, 'g', false, "-0"),
        (0x405edd2f1a9fbe77, 10, 'g', true, "123.4560000"),
        (0xbff0147ae147ae14, 10, 'g', true, "-1.005000000"),
        (0x4005666666666666, 10, 'g', true, "2.675000000"),
        (0x405edd2f1a9fbe77, 10, 'g', false, "123.456"),
        (0x3fd5555555555555, 10, 'g', true, "0.3333333333"),
        (0x7fefffffffffffff, 10, 'g', false, "1.797693135e+308"),
        (0x4341c37937e08000, 10, 'g', true, "1.000000000e+16"),
        (0x4341c37937e08000, 10, 'g', false, "1e+16"),
        (0x3ff8000000000000, 10, 'g', true, "1.500000000"),
        (0x4023fd70a3d70a3d, 10, 'g', true, "9.995000000"),
        (0x3fd5555555555555, 10, 'g', false, "0.3333333333"),
        (0x3ff0147ae147ae14, 10, 'g', false, "1.005"),
        (0x3f202e7ef70994dd, 10, 'g', false, "0.000123456"),
        (0x3fb999999999999a, 10, 'g', false, "0.1"),
        (0xbfb999999999999a, 10, 'g', false, "-0.1"),
        (0x7ff8000000000000, 10, 'g', false, "nan"),
        (0x41678c29dccccccd, 10, 'g', true, "12345678.90"),
        (0x4058e00000000000, 10, 'g', true, "99.50000000"),
        (0x8000000000000000, 10, 'g', true, "-0.000000000"),
        (0x3fd8000000000000, 10, 'g', true, "0.3750000000"),
        (0x41678c29dccccccd, 17, 'g', true, "12345678.900000000"),
        (0x3fb999999999999a, 17, 'g', false, "0.10000000000000001"),
        (0x4341c37937e08000, 17, 'g', false, "10000000000000000"),
        (0x8000000000000000, 17, 'g', true, "-0.0000000000000000"),
        (0x4480f0cf064dd592, 17, 'g', true, "1.0000000000000000e+22"),
        (0x3fe0000000000000, 17, 'g', false, "0.5"),
        (0x4023fd70a3d70a3d, 17, 'g', false, "9.9949999999999992"),
        (0x3e7ad7f29abcaf48, 17, 'g', true, "9.9999999999999995e-08"),
        (0x0000000000000000, 17, 'g', true, "0.0000000000000000"),
        (0x8000000000000000, 17, 'g', false, "-0"),
        (0x3fd8000000000000, 17, 'g', false, "0.375"),
        (0xbfb999999999999a, 17, 'g', false, "-0.10000000000000001"),
        (0xbff0147ae147ae14, 17, 'g', false, "-1.0049999999999999"),
        (0x7fefffffffffffff, 17, 'g', false, "1.7976931348623157e+308"),
        (0x4480f0cf064dd592, 17, 'g', false, "1e+22"),
        (0x3f202e7ef70994dd, 17, 'g', false, "0.00012345600000000001"),
        (0xbf3a36e2eb1c432d, 17, 'g', true, "-0.00040000000000000002"),
        (0x4005666666666666, 17, 'g', true, "2.6749999999999998"),
        (0x0000000000000001, 17, 'g', true, "4.9406564584124654e-324"),
        (0x3fe0000000000000, 17, 'g', true, "0.50000000000000000"),
        (0x7ff0000000000000, 17, 'g', true, "inf"),
        (0x3ff8000000000000, 17, 'g', false, "1.5"),
        (0xbfb999999999999a, 17, 'g', true, "-0.10000000000000001"),
        (0x3ff0147ae147ae14, 17, 'g', false, "1.0049999999999999"),
        (0xbf3a36e2eb1c432d, 17, 'g', false, "-0.00040000000000000002"),
        (0xbff0147ae147ae14, 17, 'g', true, "-1.0049999999999999"),
        (0x3fa999999999999a, 17, 'g', true, "0.050000000000000003"),
        (0x3fc0000000000000, 17, 'g', false, "0.125"),
        (0xfff0000000000000, 17, 'g', true, "-inf"),
        (0x3f202e7ef70994dd, 17, 'g', true, "0.00012345600000000001"),
        (0x7fefffffffffffff, 17, 'g', true, "1.7976931348623157e+308"),
        (0x0000000000000001, 17, 'g', false, "4.9406564584124654e-324"),
        (0x4023fd70a3d70a3d, 20, 'g', true, "9.9949999999999992184"),
        (0x0000000000000000, 20, 'g', true, "0.0000000000000000000"),
        (0x3fc0000000000000, 20, 'g', true, "0.12500000000000000000"),
        (0x3fb999999999999a, 20, 'g', false, "0.10000000000000000555"),
        (0x3e7ad7f29abcaf48, 20, 'g', true, "9.9999999999999995475e-08"),
        (0x405edd2f1a9fbe77, 20, 'g', true, "123.45600000000000307"),
        (0x4058e00000000000, 20, 'g', true, "99.500000000000000000"),
        (0xbfb999999999999a, 20, 'g', false, "-0.10000000000000000555"),
        (0x8000000000000000, 20, 'g', true, "-0.0000000000000000000"),
        (0x3fa999999999999a, 20, 'g', false, "0.050000000000000002776"),
        (0x0000000000000001, 20, 'g', true, "4.9406564584124654418e-324"),
        (0x3f202e7ef70994dd, 20, 'g', false, "0.00012345600000000000519"),
        (0x3fd8000000000000, 20, 'g', true, "0.37500000000000000000"),
        (0x41678c29dccccccd, 20, 'g', false, "12345678.900000000373"),
        (0x3fa999999999999a, 20, 'g', true, "0.050000000000000002776"),
        (0x4005666666666666, 20, 'g', true, "2.6749999999999998224"),
        (0x3ff0147ae147ae14, 20, 'g', true, "1.0049999999999998934"),
        (0x8000000000000000, 20, 'g', false, "-0"),
        (0x4058e00000000000, 20, 'g', false, "99.5"),
        (0x4004000000000000, 20, 'g', true, "2.5000000000000000000"),
        (0xfff0000000000000, 20, 'g', true, "-inf"),
        (0x3fd5555555555555, 20, 'g', false, "0.33333333333333331483"),
        (0x41678c29dccccccd, 20, 'g', true, "12345678.900000000373"),
        (0x3fd8000000000000, 20, 'g', false, "0.375"),
        (0xbfb999999999999a, 20, 'g', true, "-0.10000000000000000555"),
        (0x7ff0000000000000, 20, 'g', true, "inf"),
        (0x7ff8000000000000, 20, 'g', false, "nan"),
        (0x4004000000000000, 20, 'g', false, "2.5"),
        (0xbf3a36e2eb1c432d, 20, 'g', true, "-0.00040000000000000001917"),
    ];
    // large precision checks
    const BIG_PREC: &[(u64, usize, char, &str)] = &[
        (0x3fb999999999999a, 60, 'f', "0.100000000000000005551115123125782702118158340454101562500000"),
        (0x01a56e1fc2f8f359, 320, 'f', "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000002506"),
        (0x0000000000000001, 1080, 'f', "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625000000"),
        (0x7e37e43c8800759c, 5, 'f', "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000"),
        (0x7fefffffffffffff, 2, 'f', "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x3fb999999999999a, 55, 'e', "1.0000000000000000555111512312578270211815834045410156250e-01"),
        (0x0000000000000001, 800, 'e', "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000000000000000000000000000e-324"),
        (0x0000000000000001, 760, 'g', "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625e-324"),
    ];
}
