//! Lone surrogates in str.
//!
//! A Python str may hold the code points U+D800..U+DFFF on their own (`chr(0xD800)`,
//! `b'\xff'.decode('utf-8', 'surrogateescape')`). Molt's str is a Rust `String` (UTF-8),
//! which cannot, so each lone surrogate is stored as the code point `SHIFT` above it: the
//! block U+DD800..U+DDFFF of plane 13, which Unicode leaves unassigned. Everything that
//! exposes code points — `ord`, `repr`, hashing, ordering, the codecs, `unicodedata` —
//! maps them back through `code_point`, so programs see real surrogates. The price: a
//! genuine plane-13 code point in that block (unassigned, so no text uses it) reads as a
//! surrogate; docs/status.md says so.

/// Distance from a surrogate to the plane-13 code point that stands for it.
pub const SHIFT: u32 = molt_bytecode::parse::surrogate_literals::SURROGATE_SHIFT;

/// Whether Python code point `u` is a surrogate.
pub fn is_surrogate_cp(u: u32) -> bool {
    (0xD800..=0xDFFF).contains(&u)
}

/// The char holding Python code point `u` (`None` above U+10FFFF).
pub fn char_of(u: u32) -> Option<char> {
    if is_surrogate_cp(u) {
        char::from_u32(u + SHIFT)
    } else {
        char::from_u32(u)
    }
}

/// The Python code point a char stands for.
pub fn code_point(c: char) -> u32 {
    let u = c as u32;
    if (0xD800 + SHIFT..=0xDFFF + SHIFT).contains(&u) {
        u - SHIFT
    } else {
        u
    }
}

/// Whether `c` stands for a lone surrogate.
pub fn is_surrogate(c: char) -> bool {
    is_surrogate_cp(code_point(c))
}

/// Whether text `s` holds any lone surrogate (cheap for ASCII and BMP text: the stand-ins
/// all start with the UTF-8 bytes F3 9D).
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4
        && b.windows(3)
            .any(|w| w[0] == 0xF3 && w[1] == 0x9D && w[2] >= 0xA0)
}

/// Compares two texts by Python code points (surrogates sort below U+E000, as in CPython).
pub fn cmp_str(a: &str, b: &str) -> std::cmp::Ordering {
    let common = a
        .bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    // Back up to the start of the character that differs.
    let mut i = common;
    while i > 0 && !a.is_char_boundary(i) {
        i -= 1;
    }
    match (a[i..].chars().next(), b[i..].chars().next()) {
        (Some(x), Some(y)) => code_point(x).cmp(&code_point(y)),
        (x, y) => x.is_some().cmp(&y.is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for u in [
            0u32, 0x41, 0xD7FF, 0xD800, 0xDC80, 0xDFFF, 0xE000, 0x1F600, 0x10FFFF,
        ] {
            assert_eq!(code_point(char_of(u).unwrap()), u);
        }
        assert!(char_of(0x110000).is_none());
        assert!(is_surrogate(char_of(0xDC00).unwrap()));
    }

    #[test]
    fn detection_and_order() {
        let s: String = ['a', char_of(0xD800).unwrap()].iter().collect();
        assert!(has_surrogates(&s));
        assert!(!has_surrogates("abc\u{1F600}\u{E000}"));
        let e: String = ['a', '\u{E000}'].iter().collect();
        assert_eq!(cmp_str(&s, &e), std::cmp::Ordering::Less);
        assert_eq!(cmp_str("ab", "abc"), std::cmp::Ordering::Less);
        assert_eq!(cmp_str("é", "é"), std::cmp::Ordering::Equal);
    }
}
