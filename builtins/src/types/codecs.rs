//! The text codecs behind `str.encode`, `bytes.decode`, `str(b, enc)` and text files:
//! utf-8, ascii, latin-1, cp1252, utf-16 and utf-32 (with and without byte order), and CPython's
//! error handlers — strict, ignore, replace, backslashreplace, xmlcharrefreplace and
//! namereplace (encoding), surrogateescape and surrogatepass — with CPython's
//! UnicodeEncodeError / UnicodeDecodeError positions and reasons. Lone surrogates are
//! stored as described in `crate::surrogate`.

use crate::object::{Exc, PyResult};
use crate::surrogate::{char_of, code_point, is_surrogate_cp};
use crate::Runtime;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// Windows-1252: latin-1 with printable characters in 0x80..0x9F.
    Cp1252,
}

/// The code points of Windows-1252's bytes 0x80..0x9F (0: undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
    0x203a, 0x153, 0, 0x17e, 0x178,
];

/// The character of cp1252 byte `b`, if it has one.
fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[(b - 0x80) as usize] {
            0 => None,
            u => char::from_u32(u as u32),
        },
        _ => Some(b as char),
    }
}

/// The cp1252 byte of code point `cp`, if it has one.
fn cp1252_byte(cp: u32) -> Option<u8> {
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&u| u != 0 && u as u32 == cp)
        .map(|i| 0x80 + i as u8)
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(true)) => "utf-16-le",
            Codec::Utf16(Some(false)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(true)) => "utf-32-le",
            Codec::Utf32(Some(false)) => "utf-32-be",
            Codec::Cp1252 => "charmap",
        }
    }

    fn is_utf(self) -> bool {
        !matches!(self, Codec::Ascii | Codec::Latin1 | Codec::Cp1252)
    }

    /// Appends code point `cp` in this codec (`little`: the byte order of utf-16/32);
    /// false when the codec cannot encode it.
    fn put(self, cp: u32, little: bool, out: &mut Vec<u8>) -> bool {
        match self {
            Codec::Ascii => {
                cp < 0x80 && {
                    out.push(cp as u8);
                    true
                }
            }
            Codec::Latin1 => {
                cp < 0x100 && {
                    out.push(cp as u8);
                    true
                }
            }
            Codec::Cp1252 => match cp1252_byte(cp) {
                Some(b) => {
                    out.push(b);
                    true
                }
                None => false,
            },
            _ if is_surrogate_cp(cp) => false,
            Codec::Utf8 => {
                let mut buf = [0u8; 4];
                let c = char::from_u32(cp).expect("not a surrogate");
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                true
            }
            Codec::Utf16(_) => {
                let mut buf = [0u16; 2];
                let c = char::from_u32(cp).expect("not a surrogate");
                for u in c.encode_utf16(&mut buf) {
                    put_unit16(*u, little, out);
                }
                true
            }
            Codec::Utf32(_) => {
                put_unit32(cp, little, out);
                true
            }
        }
    }

    /// `cp` as surrogatepass writes it (utf codecs only; `cp` is a surrogate).
    fn put_surrogate(self, cp: u32, little: bool, out: &mut Vec<u8>) -> bool {
        match self {
            Codec::Utf8 => {
                out.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
                true
            }
            Codec::Utf16(_) => {
                put_unit16(cp as u16, little, out);
                true
            }
            Codec::Utf32(_) => {
                put_unit32(cp, little, out);
                true
            }
            Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => false,
        }
    }
}

fn put_unit16(u: u16, little: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(&if little {
        u.to_le_bytes()
    } else {
        u.to_be_bytes()
    });
}

fn put_unit32(u: u32, little: bool, out: &mut Vec<u8>) {
    out.extend_from_slice(&if little {
        u.to_le_bytes()
    } else {
        u.to_be_bytes()
    });
}

/// An encoding name lower-cased without '-', '_' and spaces (how names are compared).
fn normalize_encoding(encoding: &str) -> String {
    encoding
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

fn lookup_codec(rt: &mut Runtime, encoding: &str) -> PyResult<Codec> {
    let norm = normalize_encoding(encoding);
    Ok(match norm.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "usascii" | "646" | "us" => Codec::Ascii,
        "latin1" | "latin" | "l1" | "iso88591" | "iso885911987" | "8859" | "cp819" | "ibm819" => {
            Codec::Latin1
        }
        "utf16" | "u16" => Codec::Utf16(None),
        "utf16le" => Codec::Utf16(Some(true)),
        "utf16be" => Codec::Utf16(Some(false)),
        "utf32" | "u32" => Codec::Utf32(None),
        "utf32le" => Codec::Utf32(Some(true)),
        "utf32be" => Codec::Utf32(Some(false)),
        "cp1252" | "windows1252" => Codec::Cp1252,
        _ => return Err(rt.new_exc("LookupError", &format!("unknown encoding: {encoding}"))),
    })
}

/// The backslash escape of one code point, as backslashreplace and `ascii()` write it.
pub fn escape_char(c: char) -> String {
    let u = code_point(c);
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `\N{NAME}` for a named character (namereplace), else its backslash escape.
fn name_escape(c: char) -> String {
    if super::str_unicode::category(c) != "Cn" {
        if let Some(name) = unicode_names2::name(c) {
            return format!("\\N{{{name}}}");
        }
    }
    escape_char(c)
}

fn unknown_handler(rt: &mut Runtime, errors: &str) -> Exc {
    rt.new_exc(
        "LookupError",
        &format!("unknown error handler name '{errors}'"),
    )
}

/// `str.encode(encoding, errors)`.
/// Whether an encoding name means utf-8-sig (UTF-8 with a byte-order mark).
fn is_utf8_sig(encoding: &str) -> bool {
    normalize_encoding(encoding) == "utf8sig"
}

pub fn encode_str(rt: &mut Runtime, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if is_utf8_sig(encoding) {
        let mut out = vec![0xEF, 0xBB, 0xBF];
        out.extend(encode_str(rt, s, "utf-8", errors)?);
        return Ok(out);
    }
    let codec = lookup_codec(rt, encoding)?;
    if s.is_ascii()
        && matches!(
            codec,
            Codec::Utf8 | Codec::Ascii | Codec::Latin1 | Codec::Cp1252
        )
    {
        return Ok(s.as_bytes().to_vec());
    }
    if codec == Codec::Utf8 && !crate::surrogate::has_surrogates(s) {
        return Ok(s.as_bytes().to_vec());
    }
    let little = match codec {
        Codec::Utf16(o) | Codec::Utf32(o) => o.unwrap_or(true),
        _ => true,
    };
    let mut out = Vec::with_capacity(s.len() + 4);
    match codec {
        Codec::Utf16(None) => out.extend_from_slice(&[0xff, 0xfe]),
        Codec::Utf32(None) => out.extend_from_slice(&[0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let cps: Vec<u32> = s.chars().map(code_point).collect();
    let mut i = 0;
    while i < cps.len() {
        if codec.put(cps[i], little, &mut out) {
            i += 1;
            continue;
        }
        // The run of characters this codec cannot encode.
        let mut j = i + 1;
        let mut scratch = Vec::new();
        while j < cps.len() && !codec.put(cps[j], little, &mut scratch) {
            j += 1;
        }
        let run = &cps[i..j];
        let ok = match errors {
            "strict" => false,
            "ignore" => true,
            "replace" => {
                for _ in run {
                    codec.put('?' as u32, little, &mut out);
                }
                true
            }
            "backslashreplace" | "xmlcharrefreplace" | "namereplace" => {
                for &cp in run {
                    let c = char_of(cp).expect("a str code point");
                    let text = match errors {
                        "backslashreplace" => escape_char(c),
                        "xmlcharrefreplace" => format!("&#{cp};"),
                        _ => name_escape(c),
                    };
                    for b in text.bytes() {
                        codec.put(b as u32, little, &mut out);
                    }
                }
                true
            }
            "surrogateescape" => {
                let fits = matches!(
                    codec,
                    Codec::Utf8 | Codec::Ascii | Codec::Latin1 | Codec::Cp1252
                ) && run.iter().all(|cp| (0xDC80..=0xDCFF).contains(cp));
                if fits {
                    out.extend(run.iter().map(|cp| (cp - 0xDC00) as u8));
                }
                fits
            }
            "surrogatepass" => {
                let fits = codec.is_utf() && run.iter().all(|&cp| is_surrogate_cp(cp));
                if fits {
                    for &cp in run {
                        codec.put_surrogate(cp, little, &mut out);
                    }
                }
                fits
            }
            _ => return Err(unknown_handler(rt, errors)),
        };
        if !ok {
            let obj = rt.new_str(s);
            let reason = match codec {
                Codec::Ascii => "ordinal not in range(128)",
                Codec::Latin1 => "ordinal not in range(256)",
                Codec::Cp1252 => "character maps to <undefined>",
                _ => "surrogates not allowed",
            };
            return Err(crate::exceptions::unicode_error(
                rt,
                "UnicodeEncodeError",
                codec.name(),
                obj,
                i,
                j,
                reason,
            ));
        }
        i = j;
    }
    Ok(out)
}

/// Length of the invalid UTF-8 sequence at `b[i..]` and CPython's reason for it.
pub(crate) fn utf8_bad_span(b: &[u8], i: usize) -> (usize, &'static str) {
    let lead = b[i];
    let (n, lo, hi) = match lead {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, 0x80, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xf0 => (4, 0x90, 0xbf),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        _ => return (1, "invalid start byte"),
    };
    for k in 1..n {
        if i + k >= b.len() {
            return (k, "unexpected end of data");
        }
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xbf) };
        if !(l..=h).contains(&b[i + k]) {
            return (k, "invalid continuation byte");
        }
    }
    (n, "invalid continuation byte")
}

/// A decoding failure at `input[start..end]` being handled.
struct Bad<'a> {
    codec: Codec,
    /// The byte order read (utf-16/32 errors name it: 'utf-16-le').
    little: bool,
    input: &'a [u8],
    start: usize,
    end: usize,
    reason: &'static str,
}

impl Bad<'_> {
    fn error(&self, rt: &mut Runtime) -> Exc {
        let obj = rt.new_bytes(self.input.to_vec());
        let codec = match self.codec {
            Codec::Utf16(_) => Codec::Utf16(Some(self.little)),
            Codec::Utf32(_) => Codec::Utf32(Some(self.little)),
            c => c,
        };
        crate::exceptions::unicode_error(
            rt,
            "UnicodeDecodeError",
            codec.name(),
            obj,
            self.start,
            self.end,
            self.reason,
        )
    }
}

/// The surrogate surrogatepass reads at `input[at..]`, with its length in bytes.
fn passed_surrogate(codec: Codec, input: &[u8], at: usize, little: bool) -> Option<(u32, usize)> {
    let b = &input[at..];
    let cp = match codec {
        Codec::Utf8 if b.len() >= 3 && b[0] == 0xED && (0xA0..=0xBF).contains(&b[1]) => {
            if !(0x80..=0xBF).contains(&b[2]) {
                return None;
            }
            return Some((
                0xD000 | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F),
                3,
            ));
        }
        Codec::Utf16(_) if b.len() >= 2 => {
            let p = [b[0], b[1]];
            let u = if little {
                u16::from_le_bytes(p)
            } else {
                u16::from_be_bytes(p)
            };
            return is_surrogate_cp(u as u32).then_some((u as u32, 2));
        }
        Codec::Utf32(_) if b.len() >= 4 => {
            let p = [b[0], b[1], b[2], b[3]];
            if little {
                u32::from_le_bytes(p)
            } else {
                u32::from_be_bytes(p)
            }
        }
        _ => return None,
    };
    is_surrogate_cp(cp).then_some((cp, 4))
}

/// Applies decode error handler `errors` to `bad`; returns how many bytes it consumed
/// (surrogatepass may take a different span than the one reported).
fn handle_decode(
    rt: &mut Runtime,
    out: &mut String,
    errors: &str,
    bad: &Bad,
    little: bool,
) -> PyResult<usize> {
    let span = &bad.input[bad.start..bad.end];
    match errors {
        "strict" => Err(bad.error(rt)),
        "ignore" => Ok(span.len()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(span.len())
        }
        "backslashreplace" => {
            for x in span {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(span.len())
        }
        "surrogateescape" => {
            if span.iter().any(|&x| x < 0x80) {
                return Err(bad.error(rt));
            }
            out.extend(
                span.iter()
                    .map(|&x| char_of(0xDC00 + x as u32).expect("surrogate")),
            );
            Ok(span.len())
        }
        "surrogatepass" => match passed_surrogate(bad.codec, bad.input, bad.start, little) {
            Some((cp, n)) => {
                out.push(char_of(cp).expect("surrogate"));
                Ok(n)
            }
            None => Err(bad.error(rt)),
        },
        "xmlcharrefreplace" | "namereplace" => {
            Err(rt.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        _ => Err(unknown_handler(rt, errors)),
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(rt: &mut Runtime, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if is_utf8_sig(encoding) {
        let b = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
        return decode_bytes(rt, b, "utf-8", errors);
    }
    let codec = lookup_codec(rt, encoding)?;
    if matches!(codec, Codec::Utf8 | Codec::Ascii) && b.is_ascii() {
        return Ok(std::str::from_utf8(b).expect("ascii").to_string());
    }
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&x| x as char)),
        Codec::Cp1252 => {
            let mut i = 0;
            while i < b.len() {
                if let Some(c) = cp1252_char(b[i]) {
                    out.push(c);
                    i += 1;
                    continue;
                }
                let bad = Bad {
                    codec,
                    little: true,
                    input: b,
                    start: i,
                    end: i + 1,
                    reason: "character maps to <undefined>",
                };
                i += handle_decode(rt, &mut out, errors, &bad, true)?;
            }
        }
        Codec::Utf8 => {
            let mut i = 0;
            while i < b.len() {
                match std::str::from_utf8(&b[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[i..i + good]).expect("valid"));
                        i += good;
                        let (n, reason) = utf8_bad_span(b, i);
                        let bad = Bad {
                            codec,
                            little: true,
                            input: b,
                            start: i,
                            end: i + n,
                            reason,
                        };
                        i += handle_decode(rt, &mut out, errors, &bad, true)?;
                    }
                }
            }
        }
        Codec::Ascii => {
            let mut i = 0;
            while i < b.len() {
                if b[i] < 0x80 {
                    out.push(b[i] as char);
                    i += 1;
                    continue;
                }
                let bad = Bad {
                    codec,
                    little: true,
                    input: b,
                    start: i,
                    end: i + 1,
                    reason: "ordinal not in range(128)",
                };
                i += handle_decode(rt, &mut out, errors, &bad, true)?;
            }
        }
        Codec::Utf16(order) => {
            let (little, mut i) = bom(order, b, 2);
            let unit = |k: usize| {
                let p = [b[k], b[k + 1]];
                if little {
                    u16::from_le_bytes(p) as u32
                } else {
                    u16::from_be_bytes(p) as u32
                }
            };
            while i < b.len() {
                let bad = |end: usize, reason: &'static str| Bad {
                    codec,
                    little,
                    input: b,
                    start: i,
                    end,
                    reason,
                };
                if i + 1 >= b.len() {
                    let f = bad(b.len(), "truncated data");
                    i += handle_decode(rt, &mut out, errors, &f, little)?;
                    continue;
                }
                let u = unit(i);
                if !is_surrogate_cp(u) {
                    out.push(char::from_u32(u).expect("BMP"));
                    i += 2;
                } else if u >= 0xDC00 {
                    let f = bad(i + 2, "illegal encoding");
                    i += handle_decode(rt, &mut out, errors, &f, little)?;
                } else if i + 3 >= b.len() {
                    let f = bad(b.len(), "unexpected end of data");
                    i += handle_decode(rt, &mut out, errors, &f, little)?;
                } else {
                    let v = unit(i + 2);
                    if (0xDC00..=0xDFFF).contains(&v) {
                        let cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                        out.push(char::from_u32(cp).expect("astral"));
                        i += 4;
                    } else {
                        let f = bad(i + 2, "illegal UTF-16 surrogate");
                        i += handle_decode(rt, &mut out, errors, &f, little)?;
                    }
                }
            }
        }
        Codec::Utf32(order) => {
            let (little, mut i) = bom(order, b, 4);
            while i < b.len() {
                let rest = b.len() - i;
                let (cp, reason) = if rest < 4 {
                    (None, "truncated data")
                } else {
                    let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
                    let u = if little {
                        u32::from_le_bytes(p)
                    } else {
                        u32::from_be_bytes(p)
                    };
                    if is_surrogate_cp(u) {
                        (
                            None,
                            "code point in surrogate code point range(0xd800, 0xe000)",
                        )
                    } else {
                        (char::from_u32(u), "code point not in range(0x110000)")
                    }
                };
                match cp {
                    Some(c) => {
                        out.push(c);
                        i += 4;
                    }
                    None => {
                        let f = Bad {
                            codec,
                            little,
                            input: b,
                            start: i,
                            end: i + rest.min(4),
                            reason,
                        };
                        i += handle_decode(rt, &mut out, errors, &f, little)?;
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The byte order of utf-16/utf-32 input (`order`, else its BOM, else little-endian) and
/// where the text starts.
fn bom(order: Option<bool>, b: &[u8], width: usize) -> (bool, usize) {
    if order.is_some() {
        return (order.unwrap_or(true), 0);
    }
    let (le, be): (&[u8], &[u8]) = if width == 2 {
        (&[0xff, 0xfe], &[0xfe, 0xff])
    } else {
        (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
    };
    if b.starts_with(le) {
        (true, width)
    } else if b.starts_with(be) {
        (false, width)
    } else {
        (true, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_error_spans() {
        assert_eq!(
            utf8_bad_span(b"\xe4\xb8A", 0),
            (2, "invalid continuation byte")
        );
        assert_eq!(utf8_bad_span(b"\xe4\xb8", 0), (2, "unexpected end of data"));
        assert_eq!(
            utf8_bad_span(b"\xed\xa0\x80", 0),
            (1, "invalid continuation byte")
        );
        assert_eq!(utf8_bad_span(b"\x80", 0), (1, "invalid start byte"));
        assert_eq!(
            utf8_bad_span(b"\xf0\x90\x80A", 0),
            (3, "invalid continuation byte")
        );
    }

    #[test]
    fn surrogatepass_reads() {
        assert_eq!(
            passed_surrogate(Codec::Utf8, b"a\xed\xa0\x80", 1, true),
            Some((0xD800, 3))
        );
        assert_eq!(
            passed_surrogate(Codec::Utf8, b"\xed\x9f\xbf", 0, true),
            None
        );
        assert_eq!(
            passed_surrogate(Codec::Utf16(Some(true)), b"\x00\xdc", 0, true),
            Some((0xDC00, 2))
        );
    }
}

/// How a text stream splits its bytes into decodable chunks, per codec family.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StreamCodec {
    Utf8,
    /// utf-8 whose stream may start with a byte order mark (skipped on reading, written
    /// first on writing).
    Utf8Sig,
    /// One byte a character (ascii, latin-1, cp1252).
    Single,
    /// utf-16: `Some(true)` little-endian, `Some(false)` big-endian, None from the BOM.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

/// The stream codec family of `encoding` (LookupError for an unknown encoding).
pub fn stream_codec(rt: &mut Runtime, encoding: &str) -> PyResult<StreamCodec> {
    if is_utf8_sig(encoding) {
        return Ok(StreamCodec::Utf8Sig);
    }
    let norm = normalize_encoding(encoding);
    let bytes_codecs = [
        "hex",
        "hexcodec",
        "base64",
        "base64codec",
        "bz2",
        "bz2codec",
        "zlib",
        "zip",
        "zlibcodec",
        "quopri",
        "quopricodec",
        "quotedprintable",
        "uu",
        "uucodec",
    ];
    if bytes_codecs.contains(&norm.as_str()) {
        return Err(rt.new_exc(
            "LookupError",
            &format!(
                "'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs"
            ),
        ));
    }
    Ok(match lookup_codec(rt, encoding)? {
        Codec::Utf8 => StreamCodec::Utf8,
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => StreamCodec::Single,
        Codec::Utf16(o) => StreamCodec::Utf16(o),
        Codec::Utf32(o) => StreamCodec::Utf32(o),
    })
}
