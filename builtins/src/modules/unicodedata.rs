//! The `unicodedata` module: character names (`name`, `lookup`), general categories,
//! decimal/digit/numeric values, canonical combining classes and normalization, from the
//! Unicode 15.0 data CPython 3.12 uses (general categories from unicode-general-category
//! pinned to 15.0; names and normalization from unicode_names2 and unicode-normalization,
//! limited to characters assigned in 15.0). Properties Molt has no data for
//! (bidirectional, east_asian_width, mirrored, decomposition) raise NotImplementedError.

use unicode_normalization::UnicodeNormalization;

use crate::object::PyResult;
use crate::surrogate::is_surrogate;
use crate::types::str_unicode::{category as cat, decimal_value, digit_value, is_numeric};
use crate::types::{as_str, check_pos, no_kw, Kw};
use crate::value::Value;
use crate::Runtime;

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "unicodedata");
    super::add_functions(
        rt,
        &m,
        &[
            ("name", name),
            ("lookup", lookup),
            ("category", category),
            ("decimal", decimal),
            ("digit", digit),
            ("numeric", numeric),
            ("combining", combining),
            ("normalize", normalize),
            ("is_normalized", is_normalized),
            ("bidirectional", no_data),
            ("east_asian_width", no_data),
            ("mirrored", no_data),
            ("decomposition", no_data),
        ],
    );
    let v = rt.new_str("15.0.0");
    super::set_attr(rt, &m, "unidata_version", v);
    m
}

/// The character argument of `fname` (a str of length 1) and the optional default.
fn char_args(
    rt: &mut Runtime,
    fname: &str,
    args: &[Value],
    kw: Kw,
    max: usize,
) -> PyResult<(char, Option<Value>)> {
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        no_kw(rt, &format!("{fname}()"), kw)?;
    }
    if max == 1 && args.len() != 1 {
        // The one-argument functions are METH_O in CPython.
        return Err(rt.type_error(&format!(
            "unicodedata.{fname}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    check_pos(rt, fname, args.len(), 1, max)?;
    let c = match as_str(&args[0]) {
        Some(s) if s.chars().count() == 1 => s.chars().next(),
        _ => None,
    };
    match c {
        Some(c) => Ok((c, args.get(1).cloned())),
        None => {
            let tn = rt.type_name(&args[0]);
            let which = if max == 1 { "" } else { " 1" };
            Err(rt.type_error(&format!(
                "{fname}() argument{which} must be a unicode character, not {tn}"
            )))
        }
    }
}

/// Whether `c` is assigned in Unicode 15.0 (the crates' newer data is cut back to it).
fn assigned(c: char) -> bool {
    cat(c) != "Cn"
}

fn name(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, default) = char_args(rt, "name", args, kw, 2)?;
    let found = if assigned(c) && !is_surrogate(c) {
        unicode_names2::name(c).map(|n| n.to_string())
    } else {
        None
    };
    match (found, default) {
        (Some(n), _) => Ok(rt.new_string(n)),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(rt.value_error("no such name")),
    }
}

fn lookup(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "lookup()", kw)?;
    check_pos(rt, "lookup", args.len(), 1, 1)?;
    let Some(n) = as_str(&args[0]).map(str::to_string) else {
        let tn = rt.type_name(&args[0]);
        return Err(rt.type_error(&format!("lookup() argument must be str, not {tn}")));
    };
    match unicode_names2::character(&n).filter(|&c| assigned(c)) {
        Some(c) => Ok(rt.new_string(c.to_string())),
        None => {
            let msg = rt.new_string(format!("undefined character name '{n}'"));
            Err(rt.exc_with_args("KeyError", vec![msg]))
        }
    }
}

fn category(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, _) = char_args(rt, "category", args, kw, 1)?;
    Ok(rt.new_str(cat(c)))
}

fn decimal(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, default) = char_args(rt, "decimal", args, kw, 2)?;
    match (decimal_value(c), default) {
        (Some(d), _) => Ok(Value::small_int(d as i64)),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(rt.value_error("not a decimal")),
    }
}

fn digit(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, default) = char_args(rt, "digit", args, kw, 2)?;
    match (digit_value(c), default) {
        (Some(d), _) => Ok(Value::small_int(d as i64)),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(rt.value_error("not a digit")),
    }
}

/// Numeric values of the common non-digit numeric characters: vulgar fractions, Roman
/// numerals and the CJK numerals.
fn numeric_value(c: char) -> Option<f64> {
    if let Some(d) = digit_value(c) {
        return Some(d as f64);
    }
    let u = c as u32;
    let frac = |n: f64, d: f64| Some(n / d);
    match u {
        0xBC => frac(1.0, 4.0),
        0xBD => frac(1.0, 2.0),
        0xBE => frac(3.0, 4.0),
        0x2150 => frac(1.0, 7.0),
        0x2151 => frac(1.0, 9.0),
        0x2152 => frac(1.0, 10.0),
        0x2153 => frac(1.0, 3.0),
        0x2154 => frac(2.0, 3.0),
        0x2155 => frac(1.0, 5.0),
        0x2156 => frac(2.0, 5.0),
        0x2157 => frac(3.0, 5.0),
        0x2158 => frac(4.0, 5.0),
        0x2159 => frac(1.0, 6.0),
        0x215A => frac(5.0, 6.0),
        0x215B => frac(1.0, 8.0),
        0x215C => frac(3.0, 8.0),
        0x215D => frac(5.0, 8.0),
        0x215E => frac(7.0, 8.0),
        0x215F => frac(1.0, 1.0),
        0x2189 => Some(0.0),
        0x2160..=0x217F => {
            const ROMAN: [f64; 16] = [
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 50.0, 100.0, 500.0,
                1000.0,
            ];
            Some(ROMAN[((u - 0x2160) % 16) as usize])
        }
        0x2180 => Some(1000.0),
        0x2181 => Some(5000.0),
        0x2182 => Some(10000.0),
        0x2185 => Some(6.0),
        0x2186 => Some(50.0),
        0x2187 => Some(50000.0),
        0x2188 => Some(100000.0),
        0x2469..=0x2473 => Some((u - 0x2469 + 10) as f64),
        0x247D..=0x2487 => Some((u - 0x247D + 10) as f64),
        0x2491..=0x249B => Some((u - 0x2491 + 10) as f64),
        _ => {
            let cjk = [
                ('〇', 0.0),
                ('零', 0.0),
                ('一', 1.0),
                ('壹', 1.0),
                ('二', 2.0),
                ('贰', 2.0),
                ('貳', 2.0),
                ('三', 3.0),
                ('叁', 3.0),
                ('參', 3.0),
                ('四', 4.0),
                ('肆', 4.0),
                ('五', 5.0),
                ('伍', 5.0),
                ('六', 6.0),
                ('陆', 6.0),
                ('陸', 6.0),
                ('七', 7.0),
                ('柒', 7.0),
                ('八', 8.0),
                ('捌', 8.0),
                ('九', 9.0),
                ('玖', 9.0),
                ('十', 10.0),
                ('拾', 10.0),
                ('百', 100.0),
                ('佰', 100.0),
                ('千', 1000.0),
                ('仟', 1000.0),
                ('万', 10000.0),
                ('萬', 10000.0),
                ('億', 100000000.0),
                ('亿', 100000000.0),
                ('兆', 1000000000000.0),
            ];
            cjk.iter().find(|(k, _)| *k == c).map(|&(_, v)| v)
        }
    }
}

fn numeric(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, default) = char_args(rt, "numeric", args, kw, 2)?;
    match (numeric_value(c), default) {
        (Some(v), _) => Ok(Value::float(v)),
        (None, Some(d)) => Ok(d),
        (None, None) if is_numeric(c) => {
            Err(rt.not_implemented_error(&format!("unicodedata.numeric() of U+{:04X}", c as u32)))
        }
        (None, None) => Err(rt.value_error("not a numeric character")),
    }
}

fn combining(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (c, _) = char_args(rt, "combining", args, kw, 1)?;
    let class = if assigned(c) {
        unicode_normalization::char::canonical_combining_class(c)
    } else {
        0
    };
    Ok(Value::small_int(class as i64))
}

/// The normalization form and text arguments of `fname`.
fn form_args(rt: &mut Runtime, fname: &str, args: &[Value], kw: Kw) -> PyResult<(String, String)> {
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        no_kw(rt, &format!("{fname}()"), kw)?;
    }
    check_pos(rt, fname, args.len(), 2, 2)?;
    let mut out = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match as_str(a) {
            Some(s) => out.push(s.to_string()),
            None => {
                let tn = rt.type_name(a);
                return Err(rt.type_error(&format!(
                    "{fname}() argument {} must be str, not {tn}",
                    i + 1
                )));
            }
        }
    }
    let text = out.pop().expect("two arguments");
    let form = out.pop().expect("two arguments");
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(rt.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normal_form(form: &str, s: &str) -> String {
    match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        _ => s.nfkd().collect(),
    }
}

fn normalize(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (form, text) = form_args(rt, "normalize", args, kw)?;
    if text.is_ascii() {
        return Ok(args[1].clone());
    }
    let n = normal_form(&form, &text);
    if n == text {
        return Ok(args[1].clone());
    }
    Ok(rt.new_string(n))
}

fn is_normalized(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (form, text) = form_args(rt, "is_normalized", args, kw)?;
    Ok(Value::bool(
        text.is_ascii() || normal_form(&form, &text) == text,
    ))
}

fn no_data(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Err(rt.not_implemented_error(
        "unicodedata.bidirectional, east_asian_width, mirrored and decomposition (no data)",
    ))
}
