//! `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
//! closefd=True, opener=None)`: checks the arguments as CPython does, then builds the layers
//! — a FileIO, a buffered object over it (unless `buffering=0`), and for text modes a
//! TextIOWrapper over that.

use super::buffered::{self, BufKind};
use super::{raw, text, Kw};
use crate::object::{Kind, PyResult};
use crate::value::Value;
use crate::Runtime;

/// The text layer's (encoding, errors, newline) from their arguments, checked as
/// `who` (e.g. "open()") checks them.
pub fn text_args(
    rt: &mut Runtime,
    encoding: &Option<Value>,
    errors: &Option<Value>,
    newline: &Option<Value>,
    who: &str,
) -> PyResult<(String, String, Option<String>)> {
    for (v, what) in [(encoding, "encoding"), (errors, "errors")] {
        if let Some(v) = v.as_ref().filter(|v| !v.is_none()) {
            if !matches!(v.kind(), Some(Kind::Str(_))) {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "{who} argument '{what}' must be str or None, not {tn}"
                )));
            }
        }
    }
    let encoding = match encoding.as_ref().filter(|v| !v.is_none()) {
        // "locale" (io.text_encoding's answer): the locale's encoding, UTF-8 here.
        Some(enc) if rt.str_string(enc)? == "locale" => "UTF-8".to_string(),
        Some(enc) => rt.str_string(enc)?,
        // CPython's default: the locale's encoding, UTF-8 on the systems Molt runs on.
        None => "UTF-8".to_string(),
    };
    let errors = match errors.as_ref().filter(|v| !v.is_none()) {
        Some(e) => rt.str_string(e)?,
        None => "strict".to_string(),
    };
    let newline = match newline.as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match v.kind() {
            Some(Kind::Str(s)) => {
                let s = s.s.as_str().to_owned();
                if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                    return Err(rt.value_error(&format!("illegal newline value: {s}")));
                }
                Some(s)
            }
            _ => {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "{who} argument 'newline' must be str or None, not {tn}"
                )));
            }
        },
    };
    // Unknown encodings fail here, as in CPython (LookupError).
    crate::types::codecs::stream_codec(rt, &encoding)?;
    Ok((encoding, errors, newline))
}

/// Checks open()'s mode string; returns it.
fn check_mode(rt: &mut Runtime, m: &Option<Value>) -> PyResult<String> {
    let mode = match m {
        Some(m) => match m.kind() {
            Some(Kind::Str(s)) => s.s.as_str().to_owned(),
            _ => {
                let tn = rt.type_name(m);
                return Err(rt.type_error(&format!("open() argument 'mode' must be str, not {tn}")));
            }
        },
        None => "r".to_string(),
    };
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().collect::<std::collections::HashSet<_>>().len() == mode.len();
    if !valid {
        return Err(rt.value_error(&format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(rt.value_error("can't have text and binary mode at once"));
    }
    match mode.chars().filter(|c| "rwax".contains(*c)).count() {
        1 => {}
        0 => {
            return Err(rt.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ))
        }
        _ => return Err(rt.value_error("must have exactly one of create/read/write/append mode")),
    }
    Ok(mode)
}

/// `open(...)`.
pub fn open(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = super::super::parse_args(
        rt,
        "open",
        args,
        kw,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
        8,
        1,
    )?;
    let file = raw::fspath_arg(rt, p[0].as_ref().unwrap_or(&Value::NONE))?;
    if let Some(Kind::Str(s)) = file.kind() {
        if s.s.contains('\0') {
            return Err(rt.value_error("embedded null byte"));
        }
    }
    let mode = check_mode(rt, &p[1])?;
    let binary = mode.contains('b');
    let buffering = match p[2].as_ref().filter(|v| !v.is_none()) {
        Some(b) => rt.index_of(b)?,
        None => -1,
    };
    if binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if p[i].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(rt.value_error(&format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let textargs = if binary {
        None
    } else {
        if buffering == 0 {
            return Err(rt.value_error("can't have unbuffered text I/O"));
        }
        Some(text_args(rt, &p[3], &p[4], &p[5], "open()")?)
    };
    let closefd = match &p[6] {
        Some(v) => rt.truthy(v)?,
        None => true,
    };
    if binary && buffering == 1 {
        let warnings = (rt.hooks.import)(rt, "warnings")?;
        let warn = rt.getattr(&warnings, "warn")?;
        let msg = rt.new_str(
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer \
             size will be used",
        );
        let cat = rt.exc_type("RuntimeWarning");
        let level = rt.new_str("stacklevel");
        rt.call(&warn, &[msg, cat], &[(level, Value::small_int(1))])?;
    }
    let rawmode: String = mode.chars().filter(|c| *c != 't' && *c != 'b').collect();
    let r = raw::open_raw(rt, &file, &rawmode, closefd, p[7].as_ref())?;
    if buffering == 0 {
        return Ok(r);
    }
    let tty = raw::isatty(rt, &r)?;
    let line_buffering = buffering == 1 || (buffering < 0 && tty);
    let size = if buffering > 1 {
        buffering as usize
    } else {
        raw::blksize(&r)
    };
    let kind = if mode.contains('+') {
        BufKind::Random
    } else if mode.contains('r') {
        BufKind::Reader
    } else {
        BufKind::Writer
    };
    let b = buffered::new_buffered(rt, r.clone(), kind, size);
    let Some((encoding, errors, newline)) = textargs else {
        return Ok(b);
    };
    let m = rt.new_string(mode);
    match text::new_text(rt, b, encoding, errors, newline, line_buffering, false, m) {
        Ok(t) => Ok(t),
        Err(e) => {
            let _ = raw::close(rt, &r);
            Err(e)
        }
    }
}

/// The standard streams: `sys.stdin`, `sys.stdout` and `sys.stderr` as text files over
/// fds 0, 1 and 2 (writes go through the runtime's sinks). Returns (stdin, stdout, stderr).
pub fn std_streams(rt: &mut Runtime) -> PyResult<(Value, Value, Value)> {
    let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    let mut out = Vec::new();
    for (fd, name, sink) in [
        (0, "<stdin>", raw::Sink::Stdin),
        (1, "<stdout>", raw::Sink::Stdout),
        (2, "<stderr>", raw::Sink::Stderr),
    ] {
        let n = rt.new_str(name);
        let reading = fd == 0;
        let r = raw::new_raw(rt, fd, n, reading, !reading, false, false, false, sink);
        let tty = super::fd::isatty(fd) && !(reading && rt.stdin.is_some());
        let kind = if reading {
            BufKind::Reader
        } else {
            BufKind::Writer
        };
        // (The std sinks buffer on their own; the buffered layer passes writes straight on.
        // With PYTHONUNBUFFERED, as in CPython, stdout and stderr have no buffered layer
        // and every stream writes through.)
        let b = if unbuffered && !reading {
            r
        } else {
            let size = if reading {
                super::DEFAULT_BUFFER_SIZE
            } else {
                1
            };
            buffered::new_buffered(rt, r, kind, size)
        };
        let errors = if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        };
        // (CPython reads stdin with newline='\n': no translation.)
        let newline = reading.then(|| "\n".to_string());
        let m = rt.new_str(if reading { "r" } else { "w" });
        let t = text::new_text(
            rt,
            b,
            "utf-8".to_string(),
            errors.to_string(),
            newline,
            // (stderr is line buffered unless PYTHONUNBUFFERED makes it write through.)
            !reading && (tty || (fd == 2 && !unbuffered)),
            unbuffered,
            m,
        )?;
        out.push(t);
    }
    let err = out.pop().expect("three streams");
    let o = out.pop().expect("three streams");
    let i = out.pop().expect("three streams");
    Ok((i, o, err))
}
