//! Unicode character predicates and case mappings as CPython's str methods define them
//! (`str.isspace`, `isdecimal`, `isdigit`, `title`, `casefold` ...), built on Rust's
//! character tables plus the small extra tables CPython's behaviour needs.

/// Code points of the `0` digit of every run of ten Unicode decimal digits (category Nd,
/// Unicode 15.0 as in CPython 3.12).
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if (0x30..=0x39).contains(&u) {
        return Some(u - 0x30);
    }
    if u < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    let zero = DECIMAL_ZEROS[idx.checked_sub(1)?];
    let d = u - zero;
    (d < 10).then_some(d)
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Characters with Numeric_Type=Digit that are not decimals (superscripts, circled digits...).
const DIGIT_RANGES: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// `str.isdigit` for one character (Numeric_Type Digit or Decimal).
pub fn is_digit(c: char) -> bool {
    if is_decimal(c) {
        return true;
    }
    let u = c as u32;
    u >= 0xb2 && DIGIT_RANGES.iter().any(|&(a, b)| (a..=b).contains(&u))
}

/// The digit value of an `isdigit` character.
pub fn digit_value(c: char) -> Option<u32> {
    if let Some(d) = decimal_value(c) {
        return Some(d);
    }
    let u = c as u32;
    match u {
        0xb2 => Some(2),
        0xb3 => Some(3),
        0xb9 => Some(1),
        0x2070 => Some(0),
        0x24ea | 0x24ff => Some(0),
        _ => {
            for &(a, b) in DIGIT_RANGES {
                if (a..=b).contains(&u) {
                    let base = if matches!(
                        a,
                        0x2474
                            | 0x2488
                            | 0x2460
                            | 0x2776
                            | 0x2780
                            | 0x278a
                            | 0x24f5
                            | 0x1369
                            | 0x10a40
                            | 0x11052
                            | 0x10e60
                    ) {
                        1
                    } else {
                        0
                    };
                    return Some(u - a + base);
                }
            }
            None
        }
    }
}

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    if is_digit(c) || c.is_numeric() {
        return true;
    }
    // CJK ideographs with numeric values (Numeric_Type=Numeric, category Lo).
    matches!(
        c,
        '〇' | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '億'
            | '兆'
            | '零'
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '廿'
            | '卅'
            | '卌'
    )
}

/// `Py_UNICODE_ISSPACE`: White_Space plus the ASCII information separators.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `Py_UNICODE_ISLINEBREAK`: the line boundaries of `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Titlecase letters (category Lt).
pub fn is_titlecase(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1fbc | 0x1fcc | 0x1ffc)
        || (0x1f88..=0x1f8f).contains(&u)
        || (0x1f98..=0x1f9f).contains(&u)
        || (0x1fa8..=0x1faf).contains(&u)
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// Cased: upper, lower or title case.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// `str.isalpha` for one character: categories Lu, Ll, Lt, Lm and Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(category(c), "Lu" | "Ll" | "Lt" | "Lm" | "Lo")
}

/// Combining marks (categories Mn, Mc, Me).
fn is_combining_mark(c: char) -> bool {
    matches!(category(c), "Mn" | "Mc" | "Me")
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// The Unicode general category of `c` as `unicodedata.category` spells it (Unicode
/// 15.0, CPython 3.12's version; lone surrogates are "Cs").
pub fn category(c: char) -> &'static str {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    if crate::surrogate::is_surrogate(c) {
        return "Cs";
    }
    match get_general_category(c) {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        G::Unassigned => "Cn",
    }
}

/// `str.isprintable` for one character: CPython's rule, every character except those of
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (but the space itself is printable).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if (c as u32) < 0x7f {
        return c > ' ';
    }
    !matches!(
        category(c),
        "Cc" | "Cf" | "Cs" | "Co" | "Cn" | "Zl" | "Zp" | "Zs"
    )
}

/// `str.isidentifier` for a whole string: `_` or XID_Start, then XID_Continue* (cut back
/// to the characters Unicode 15.0 assigns: unicode-ident's data is newer).
pub fn is_identifier(s: &str) -> bool {
    let in_15 = |c: char| c.is_ascii() || category(c) != "Cn";
    let mut it = s.chars();
    match it.next() {
        None => false,
        Some(c) => {
            (c == '_' || unicode_ident::is_xid_start(c) && in_15(c))
                && it.all(|c| unicode_ident::is_xid_continue(c) && in_15(c))
        }
    }
}

/// Appends the titlecase mapping of `c` (used by `title` and `capitalize`).
pub fn push_title(out: &mut String, c: char) {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => out.push('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => out.push('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => out.push('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        'ﬀ' => out.push_str("Ff"),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        'ﬃ' => out.push_str("Ffi"),
        'ﬄ' => out.push_str("Ffl"),
        'ﬅ' | 'ﬆ' => out.push_str("St"),
        'ŉ' => out.push_str("ʼN"),
        // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli).
        '\u{10d0}'..='\u{10fa}' | '\u{10fd}'..='\u{10ff}' => out.push(c),
        // Armenian ligatures (SpecialCasing titlecase).
        'և' => out.push_str("Եւ"),
        'ﬓ' => out.push_str("Մն"),
        'ﬔ' => out.push_str("Մե"),
        'ﬕ' => out.push_str("Մի"),
        'ﬖ' => out.push_str("Վն"),
        'ﬗ' => out.push_str("Մխ"),
        // Greek with ypogegrammeni: titlecase keeps a prosgegrammeni (one letter).
        '\u{1f80}'..='\u{1faf}' => {
            let u = c as u32;
            out.push(char::from_u32(u | 0x8).unwrap_or(c));
        }
        '\u{1fb3}' | '\u{1fbc}' => out.push('\u{1fbc}'),
        '\u{1fc3}' | '\u{1fcc}' => out.push('\u{1fcc}'),
        '\u{1ff3}' | '\u{1ffc}' => out.push('\u{1ffc}'),
        '\u{1fb2}' => out.push_str("\u{1fba}\u{345}"),
        '\u{1fb4}' => out.push_str("\u{386}\u{345}"),
        '\u{1fc2}' => out.push_str("\u{1fca}\u{345}"),
        '\u{1fc4}' => out.push_str("\u{389}\u{345}"),
        '\u{1ff2}' => out.push_str("\u{1ffa}\u{345}"),
        '\u{1ff4}' => out.push_str("\u{38f}\u{345}"),
        '\u{1fb7}' => out.push_str("\u{391}\u{342}\u{345}"),
        '\u{1fc7}' => out.push_str("\u{397}\u{342}\u{345}"),
        '\u{1ff7}' => out.push_str("\u{3a9}\u{342}\u{345}"),
        c if is_titlecase(c) => out.push(c),
        c => push_upper(out, c),
    }
}

/// Appends the lowercase mapping of `c` at `i` in `chars`, with Greek final sigma.
pub fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        out.push(if is_final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        push_lower_char(out, c);
    }
}

/// Rust's case tables are newer than Unicode 15.0: a mapping to a character 15.0 does not
/// assign (`ƛ` → U+A7DC in Unicode 16) leaves the character as it is, as in CPython 3.12.
fn newer_than_15(c: char, mapped: impl Iterator<Item = char>) -> bool {
    !c.is_ascii() && mapped.into_iter().any(|m| m != c && category(m) == "Cn")
}

/// Appends the full uppercase of `c` (Unicode 15.0).
pub fn push_upper(out: &mut String, c: char) {
    if newer_than_15(c, c.to_uppercase()) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full lowercase of `c` (Unicode 15.0; no final-sigma rule).
pub fn push_lower_char(out: &mut String, c: char) {
    if newer_than_15(c, c.to_lowercase()) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// CPython's `handle_capital_sigma`: a capital sigma preceded by a cased letter and not
/// followed by one (ignoring case-ignorable characters) lowers to final sigma.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = chars[j];
        if is_case_ignorable(c) {
            continue;
        }
        before = is_cased(c);
        break;
    }
    if !before {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() {
        let c = chars[k];
        if is_case_ignorable(c) {
            k += 1;
            continue;
        }
        return !is_cased(c);
    }
    true
}

fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}'
    ) || is_combining_mark(c)
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.casefold`: lowercase plus the full case foldings that differ from it.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'µ' => out.push('μ'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ẛ' => out.push('ṡ'),
            'ŉ' => out.push_str("ʼn"),
            '\u{1f0}' => out.push_str("j\u{30c}"),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'İ' => out.push_str("i\u{307}"),
            '\u{345}' => out.push('ι'),
            // Cherokee folds to its uppercase letters.
            '\u{13a0}'..='\u{13f5}' => out.push(c),
            '\u{13f8}'..='\u{13fd}' => out.push(char::from_u32(c as u32 - 8).unwrap_or(c)),
            '\u{ab70}'..='\u{abbf}' => {
                out.push(char::from_u32(c as u32 - 0xab70 + 0x13a0).unwrap_or(c))
            }
            // The full foldings (CaseFolding.txt status F) are the lowercase of the full
            // uppercase wherever uppercasing expands (ΐ, ᾳ, և, ẖ ...).
            c if c.to_uppercase().nth(1).is_some() => {
                for u in c.to_uppercase() {
                    push_lower_char(&mut out, u);
                }
            }
            // Variant lowercase letters (ſ, ϐ, the Cyrillic rounded forms...) fold to the
            // usual lowercase of their capital; dotless ı (a Turkic fold) stays.
            c if c.is_lowercase() && c != 'ı' && !newer_than_15(c, c.to_uppercase()) => {
                let mut folded = String::new();
                for u in c.to_uppercase() {
                    push_lower_char(&mut folded, u);
                }
                if folded.chars().count() == 1 {
                    out.push_str(&folded);
                } else {
                    push_lower_char(&mut out, c);
                }
            }
            c => push_lower_char(&mut out, c),
        }
    }
    out
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΟΔΟΣ"), "\u{3bf}\u{3b4}\u{3bf}\u{3c2}");
        assert_eq!(lower("ΑΣ ΣΑ"), "ας σα");
        assert_eq!(title("hello wORLD's 3rd"), "Hello World'S 3Rd");
        assert_eq!(capitalize("ǆemal"), "ǅemal");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(swapcase("aBc"), "AbC");
    }

    #[test]
    fn predicates() {
        assert!(is_decimal('٣') && decimal_value('٣') == Some(3));
        assert!(is_digit('²') && !is_decimal('²'));
        assert!(is_numeric('½') && !is_digit('½'));
        assert!(is_space('\x1f') && is_space('\u{3000}') && !is_space('a'));
        assert!(is_identifier("_a1") && !is_identifier("1a") && !is_identifier(""));
        assert!(is_printable('a') && !is_printable('\n') && !is_printable('\u{ad}'));
    }
}
