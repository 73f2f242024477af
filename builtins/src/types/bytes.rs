//! Methods of bytes (more arrive with the builtin-types issue).

pub fn register(_rt: &mut crate::Runtime) {}

/// `str.encode(encoding, errors)` for utf-8, ascii and latin-1.
pub fn encode_str(
    rt: &mut crate::Runtime,
    s: &str,
    encoding: &str,
    errors: &str,
) -> crate::object::PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                let n = c as u32;
                if n < limit {
                    out.push(n as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let name = if enc == "ascii" { "ascii" } else { "latin-1" };
                            let msg = format!("'{name}' codec can't encode character '\\u{n:04x}' in position {i}: ordinal not in range({limit})");
                            return Err(rt.new_exc("UnicodeEncodeError", &msg));
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => Err(rt.new_exc("LookupError", &format!("unknown encoding: {encoding}"))),
    }
}

/// The bytes of an iterable of ints in range(256).
pub fn bytes_from_iterable(
    rt: &mut crate::Runtime,
    v: &crate::Value,
) -> crate::object::PyResult<Vec<u8>> {
    if let Some(crate::Kind::Bytes(b)) = v.kind() {
        return Ok(b.to_vec());
    }
    let mut out = Vec::new();
    for i in rt.to_vec(v)? {
        let x = rt.index_of(&i)?;
        if !(0..256).contains(&x) {
            return Err(rt.value_error("bytes must be in range(0, 256)"));
        }
        out.push(x as u8);
    }
    Ok(out)
}
