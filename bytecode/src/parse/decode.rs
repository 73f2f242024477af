//! Source decoding: bytes to text, honouring a UTF-8 byte-order mark and a PEP 263 coding
//! declaration, with the `SyntaxError` messages CPython gives for the problems.

use super::SyntaxErrorInfo;

/// Decodes source bytes to text, honouring a PEP 263 coding declaration on line 1 or 2
/// and a UTF-8 byte-order mark, with CPython's messages for the problems.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxErrorInfo> {
    decode(bytes, filename, false)
}

/// `decode_source` for a module being imported: CPython compiles those from bytes, so an
/// undecodable byte is a "(unicode error)" and an unknown codec "unknown encoding: X".
pub fn decode_import_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxErrorInfo> {
    decode(bytes, filename, true)
}

/// The "(unicode error)" message for the undecodable byte at `at`: CPython's tokenizer
/// decodes the string literal holding it (its body), the line of a comment holding it, or
/// else the token starting there, and counts the position from that start.
fn unicode_error(bytes: &[u8], at: usize) -> String {
    let line_start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let line_end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| at + p + 1);
    let before = &bytes[line_start..at];
    let (start, end) = match before.iter().rposition(|&b| b == b'"' || b == b'\'') {
        Some(q) if !before[..q].contains(&b'#') => {
            let quote = before[q];
            let close = bytes[at..line_end]
                .iter()
                .position(|&b| b == quote)
                .map_or(line_end, |p| at + p);
            (line_start + q + 1, close)
        }
        _ if before.contains(&b'#') => (line_start, line_end),
        _ => {
            let stop = bytes[at..line_end]
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .map_or(line_end, |p| at + p);
            (at, stop)
        }
    };
    let piece = &bytes[start..end];
    let (pos, bad, reason) = match std::str::from_utf8(piece) {
        Err(e) => {
            let p = e.valid_up_to();
            let b = piece[p];
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0xC2..=0xF4).contains(&b) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            (p, b, reason)
        }
        Ok(_) => (at - start, bytes[at], "invalid start byte"),
    };
    format!(
        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {pos}: {reason}"
    )
}

fn decode(bytes: &[u8], filename: &str, from_import: bool) -> Result<String, SyntaxErrorInfo> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut declared: Option<String> = None;
    for (i, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let line = String::from_utf8_lossy(line);
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        if !t.starts_with('#') {
            if i == 0 && t.trim().is_empty() {
                continue;
            }
            break;
        }
        if let Some(pos) = t.find("coding") {
            let rest = &t[pos + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || "-_.".contains(*c))
                    .collect();
                if !name.is_empty() {
                    declared = Some(name);
                    break;
                }
            }
        }
    }
    let err = |msg: String| SyntaxErrorInfo {
        kind: "SyntaxError",
        msg,
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    };
    // `get_normal_name` in CPython's tokenizer.
    let normal = declared.as_deref().map(|d| {
        let buf: String = d
            .chars()
            .take(12)
            .map(|c| {
                if c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        if buf == "utf-8" || buf.starts_with("utf-8-") {
            "utf-8".to_string()
        } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
            || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
                .iter()
                .any(|p| buf.starts_with(p))
        {
            "iso-8859-1".to_string()
        } else {
            d.to_string()
        }
    });
    if bom {
        if let Some(n) = &normal {
            if n != "utf-8" {
                return Err(err(format!("encoding problem: {n} with BOM")));
            }
        }
    }
    let codec = normal
        .as_deref()
        .unwrap_or("utf-8")
        .to_ascii_lowercase()
        .replace('_', "-");
    match codec.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let bad = bytes.get(e.valid_up_to()).copied().unwrap_or(0);
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                let mut info = err(String::new());
                info.lineno = line as u32;
                info.msg = if declared.is_some() || from_import {
                    unicode_error(bytes, e.valid_up_to())
                } else {
                    // CPython names the script by its absolute path (the working directory
                    // joined with the path as given).
                    let shown = if filename.starts_with('<') || filename.starts_with('/') {
                        filename.to_string()
                    } else {
                        std::env::current_dir()
                            .map(|d| d.join(filename).to_string_lossy().into_owned())
                            .unwrap_or_else(|_| filename.to_string())
                    };
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {shown} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    )
                };
                Err(info)
            }
        },
        "iso-8859-1" | "latin1" | "l1" | "cp819" | "8859" | "iso8859-1" | "latin" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" | "646" => {
            if bytes.iter().any(|&b| b >= 0x80) {
                Err(err(format!(
                    "encoding problem: {}",
                    normal.unwrap_or_default()
                )))
            } else {
                Ok(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        "cp1252" | "windows-1252" => {
            const HIGH: [u32; 32] = [
                0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
                0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
            ];
            let mut out = String::with_capacity(bytes.len());
            for &b in bytes {
                let c = if (0x80..0xA0).contains(&b) {
                    HIGH[(b - 0x80) as usize]
                } else {
                    b as u32
                };
                match char::from_u32(c).filter(|_| c != 0 || b == 0) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(err(format!(
                            "encoding problem: {}",
                            normal.unwrap_or_default()
                        )))
                    }
                }
            }
            Ok(out)
        }
        _ if from_import => Err(err(format!(
            "unknown encoding: {}",
            declared.unwrap_or_default()
        ))),
        _ => Err(err(format!(
            "encoding problem: {}",
            normal.unwrap_or_default()
        ))),
    }
}
