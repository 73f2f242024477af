//! `open()` and the file objects it returns (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`): reading, writing and appending files in text or binary mode,
//! line iteration, `with` blocks, and CPython's OSError subclasses and messages.
//!
//! A file opened for reading is read whole when opened (text is decoded with its encoding
//! and universal newlines then); writes go through a buffered writer. The update modes
//! (`'+'`) and file descriptors raise NotImplementedError for now.

use std::any::Any;
use std::cell::RefCell;
use std::io::Write;

use super::Kw;
use crate::object::{Kind, NativeFn, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

enum Io {
    Read,
    Write(std::io::BufWriter<std::fs::File>),
    /// An update mode ('+'): the whole file is in `data` (text decoded), read and written
    /// there, and written back when flushed or closed.
    Update {
        file: std::fs::File,
        dirty: bool,
        append: bool,
    },
}

pub struct PyFile {
    io: Io,
    name: Value,
    mode: String,
    binary: bool,
    /// The whole content of a file opened for reading (text already decoded to UTF-8
    /// bytes with newlines translated), and the read position in it.
    data: Vec<u8>,
    pos: usize,
    closed: bool,
    /// The text encoding and error handler (text files).
    encoding: String,
    errors: String,
    /// `open(newline=...)`: None for universal newlines (translated to '\n' on reading),
    /// else '', '\n', '\r' or '\r\n' (lines end there; reading does not translate).
    newline: Option<String>,
    /// For universal-newline reading: where each line ending is in `data` and which it
    /// was (1 '\r', 2 '\n', 4 '\r\n'), so `newlines` shows those read so far.
    endings: Vec<(usize, u8)>,
    /// False while a text file is being iterated (tell() refuses then, as in CPython).
    telling: bool,
}

impl Drop for PyFile {
    /// An update-mode file freed without close() still writes its changes back (as
    /// CPython's finalizer flushes), when its encoding needs no codec machinery.
    fn drop(&mut self) {
        let Io::Update {
            file, dirty: true, ..
        } = &mut self.io
        else {
            return;
        };
        let out = if self.binary {
            std::mem::take(&mut self.data)
        } else {
            let Ok(mut text) = String::from_utf8(std::mem::take(&mut self.data)) else {
                return;
            };
            if let Some(nl) = self
                .newline
                .as_deref()
                .filter(|n| *n == "\r" || *n == "\r\n")
            {
                text = text.replace('\n', nl);
            }
            let enc = self.encoding.to_ascii_lowercase().replace('_', "-");
            match enc.as_str() {
                "utf-8" | "utf8" if !crate::surrogate::has_surrogates(&text) => text.into_bytes(),
                "ascii" | "us-ascii" if text.is_ascii() => text.into_bytes(),
                "latin-1" | "latin1" | "iso-8859-1" if text.chars().all(|c| (c as u32) < 256) => {
                    text.chars().map(|c| c as u32 as u8).collect()
                }
                _ => return,
            }
        };
        use std::io::Seek;
        let _ = file
            .set_len(0)
            .and_then(|_| file.seek(std::io::SeekFrom::Start(0)))
            .and_then(|_| file.write_all(&out));
    }
}

/// Renames an open file object (`sys.stdin` is opened from /dev/stdin but named '<stdin>').
pub fn set_name(v: &Value, name: Value) {
    with_file(v, |f| f.name = name);
}

fn with_file<R>(v: &Value, f: impl FnOnce(&mut PyFile) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<PyFile>().map(f),
        _ => None,
    }
}

/// An OSError (of CPython's errno subclass) for a failed operation on `path`.
fn os_error(rt: &mut Runtime, e: &std::io::Error, path: &Value) -> crate::object::Exc {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let cls = rt.exc_type("OSError");
    let msg = rt.new_string(text);
    match rt.call(&cls, &[Value::small_int(errno), msg, path.clone()], &[]) {
        Ok(v) => crate::object::Exc(v),
        Err(e) => e,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub fn open(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = super::parse_args(
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
    let mut file = p[0].clone().unwrap_or(Value::NONE);
    // os.PathLike objects (pathlib paths, DirEntry) open their __fspath__().
    if !matches!(file.kind(), Some(Kind::Str(_)) | Some(Kind::Bytes(_)))
        && !crate::ops::num::is_int(&file)
    {
        if let Some(p) = rt.call_dunder(&file, "__fspath__", &[])? {
            file = p;
        }
    }
    let path = match file.kind() {
        Some(Kind::Str(s)) => s.s.to_string(),
        Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            if crate::ops::num::is_int(&file) {
                return Err(rt.not_implemented_error("open() of a file descriptor"));
            }
            let tn = rt.type_name(&file);
            return Err(rt.type_error(&format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )));
        }
    };
    if path.contains('\0') {
        return Err(rt.value_error("embedded null byte"));
    }
    let mode = match &p[1] {
        Some(m) => match m.kind() {
            Some(Kind::Str(s)) => s.s.to_string(),
            _ => {
                let tn = rt.type_name(m);
                return Err(rt.type_error(&format!("open() argument 'mode' must be str, not {tn}")));
            }
        },
        None => "r".to_string(),
    };
    for (i, what) in [(3, "encoding"), (4, "errors")] {
        if let Some(v) = p[i].as_ref().filter(|v| !v.is_none()) {
            if !matches!(v.kind(), Some(Kind::Str(_))) {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "open() argument '{what}' must be str or None, not {tn}"
                )));
            }
        }
    }
    if !mode.contains('b') {
        if let Some(b) = p[2].as_ref().filter(|v| !v.is_none()) {
            if rt.index_of(b)? == 0 {
                return Err(rt.value_error("can't have unbuffered text I/O"));
            }
        }
    }
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
    let binary = mode.contains('b');
    if binary {
        for (i, what) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] {
            if p[i].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(rt.value_error(&format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let encoding = match p[3].as_ref().filter(|v| !v.is_none()) {
        // "locale" (io.text_encoding's answer): the locale's encoding, UTF-8 here.
        Some(enc) if rt.str_string(enc)? == "locale" => "UTF-8".to_string(),
        Some(enc) => rt.str_string(enc)?,
        // CPython's default: the locale's encoding, UTF-8 on the systems Molt runs on.
        None => "UTF-8".to_string(),
    };
    let errors = match p[4].as_ref().filter(|v| !v.is_none()) {
        Some(e) => rt.str_string(e)?,
        None => "strict".to_string(),
    };
    let newline = match p[5].as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match v.kind() {
            Some(Kind::Str(s)) => {
                let s = s.s.to_string();
                if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                    return Err(rt.value_error(&format!("illegal newline value: {s}")));
                }
                Some(s)
            }
            _ => {
                let tn = rt.type_name(v);
                return Err(rt.type_error(&format!(
                    "open() argument 'newline' must be str or None, not {tn}"
                )));
            }
        },
    };
    if !binary {
        // Unknown encodings fail here, as in CPython (LookupError).
        crate::types::codecs::encode_str(rt, "", &encoding, &errors)?;
    }
    let name = file.clone();
    if mode.contains('+') {
        let mut o = std::fs::OpenOptions::new();
        o.read(true).write(true);
        if mode.contains('w') {
            o.create(true).truncate(true);
        } else if mode.contains('a') {
            o.create(true);
        } else if mode.contains('x') {
            o.create_new(true);
        }
        let mut f = o.open(&path).map_err(|e| os_error(rt, &e, &file))?;
        let mut bytes = Vec::new();
        if !mode.contains('w') {
            use std::io::Read;
            f.read_to_end(&mut bytes)
                .map_err(|e| os_error(rt, &e, &file))?;
        }
        let data = if binary {
            bytes
        } else {
            let text = crate::types::codecs::decode_bytes(rt, &bytes, &encoding, &errors)?;
            line_endings(&text, newline.is_none()).0
        };
        let append = mode.contains('a');
        let start = if append { data.len() } else { 0 };
        let io = Io::Update {
            file: f,
            dirty: false,
            append,
        };
        let v = new_file(rt, io, name, mode, binary, data, (encoding, errors));
        with_file(&v, |pf| {
            pf.pos = start;
            pf.newline = newline;
        });
        return Ok(v);
    }
    if mode.contains('r') {
        let bytes = std::fs::read(&path).map_err(|e| os_error(rt, &e, &file))?;
        let mut endings = Vec::new();
        let data = if binary {
            bytes
        } else {
            let text = crate::types::codecs::decode_bytes(rt, &bytes, &encoding, &errors)?;
            let universal = newline.as_deref().is_none_or(|n| n.is_empty());
            let (data, ends) = line_endings(&text, newline.is_none());
            if universal {
                endings = ends;
            }
            data
        };
        let v = new_file(rt, Io::Read, name, mode, binary, data, (encoding, errors));
        with_file(&v, |f| {
            f.newline = newline;
            f.endings = endings;
        });
        return Ok(v);
    }
    let mut o = std::fs::OpenOptions::new();
    if mode.contains('w') {
        o.write(true).create(true).truncate(true);
    } else if mode.contains('a') {
        o.append(true).create(true);
    } else {
        o.write(true).create_new(true);
    }
    let f = o.open(&path).map_err(|e| os_error(rt, &e, &file))?;
    // A writer's position is where its next byte goes.
    let start = if mode.contains('a') {
        f.metadata().map(|m| m.len() as usize).unwrap_or(0)
    } else {
        0
    };
    let v = new_file(
        rt,
        Io::Write(std::io::BufWriter::new(f)),
        name,
        mode,
        binary,
        Vec::new(),
        (encoding, errors),
    );
    with_file(&v, |pf| {
        pf.pos = start;
        pf.newline = newline;
    });
    Ok(v)
}

/// `text` as read (with `translate`, every line ending becomes '\n'), and where each
/// line ending ends up with its kind (1 '\r', 2 '\n', 4 '\r\n').
fn line_endings(text: &str, translate: bool) -> (Vec<u8>, Vec<(usize, u8)>) {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut ends = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (kind, width) = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => (4, 2),
            b'\r' => (1, 1),
            b'\n' => (2, 1),
            c => {
                out.push(c);
                i += 1;
                continue;
            }
        };
        ends.push((out.len(), kind));
        if translate {
            out.push(b'\n');
        } else {
            out.extend_from_slice(&b[i..i + width]);
        }
        i += width;
    }
    (out, ends)
}

/// Where the first line of `rest` ends (after its terminator), for `newline` mode.
fn line_end(rest: &[u8], newline: Option<&str>) -> usize {
    let find = |pat: &[u8]| {
        rest.windows(pat.len())
            .position(|w| w == pat)
            .map_or(rest.len(), |i| i + pat.len())
    };
    match newline {
        None | Some("\n") => find(b"\n"),
        Some("\r") => find(b"\r"),
        Some("\r\n") => find(b"\r\n"),
        // '': any of the three, untranslated.
        _ => {
            for (i, &c) in rest.iter().enumerate() {
                if c == b'\n' {
                    return i + 1;
                }
                if c == b'\r' {
                    return if rest.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                }
            }
            rest.len()
        }
    }
}

fn new_file(
    rt: &Runtime,
    io: Io,
    name: Value,
    mode: String,
    binary: bool,
    data: Vec<u8>,
    codec: (String, String),
) -> Value {
    let ty = match (&io, binary) {
        (_, false) => rt.types.text_io.clone(),
        (Io::Read, true) => rt.types.buffered_reader.clone(),
        (Io::Write(_), true) => rt.types.buffered_writer.clone(),
        (Io::Update { .. }, true) => rt.types.buffered_random.clone(),
    };
    let b: Box<dyn Any> = Box::new(PyFile {
        io,
        name,
        mode,
        binary,
        data,
        pos: 0,
        closed: false,
        encoding: codec.0,
        errors: codec.1,
        newline: None,
        endings: Vec::new(),
        telling: true,
    });
    Value::from_obj(Obj::new(Kind::Native(ty, RefCell::new(b))))
}

/// The open file in `args[0]`: (binary, readable).
fn check_open(rt: &mut Runtime, args: &[Value]) -> PyResult<(bool, bool)> {
    check_open_for(rt, args, "")
}

/// `check_open` for operation `op`, whose closed-file message CPython words per layer:
/// the buffered (binary) layer names the operation, the text layer does not, and a few
/// queries leave out the full stop.
fn check_open_for(rt: &mut Runtime, args: &[Value], op: &str) -> PyResult<(bool, bool)> {
    let Some(st) = args
        .first()
        .and_then(|v| with_file(v, |f| (f.closed, f.binary, !matches!(f.io, Io::Write(_)))))
    else {
        return Err(rt.type_error("expected a file object"));
    };
    if st.0 {
        let msg = match (st.1, op) {
            (_, "readable" | "writable" | "seekable") => "I/O operation on closed file",
            (true, "tell") => "I/O operation on closed file",
            (true, "read") => "read of closed file",
            (true, "readline") => "readline of closed file",
            (true, "seek") => "seek of closed file",
            (true, "write") => "write to closed file",
            (true, "flush") => "flush of closed file",
            _ => "I/O operation on closed file.",
        };
        return Err(rt.value_error(msg));
    }
    Ok((st.1, st.2))
}

/// `io.UnsupportedOperation` (an OSError and a ValueError), made on first use.
fn unsupported(rt: &mut Runtime, msg: &str) -> crate::object::Exc {
    if let Err(e) = unsupported_type(rt) {
        return e;
    }
    rt.new_exc("UnsupportedOperation", msg)
}

/// The `io.UnsupportedOperation` class (created on first use).
pub fn unsupported_type(rt: &mut Runtime) -> PyResult {
    if !rt.exc_types.contains_key("UnsupportedOperation") {
        let bases = vec![rt.exc_type("OSError"), rt.exc_type("ValueError")];
        let mut ns = crate::dict::Dict::new();
        let m = rt.new_str("io");
        ns.set_str(rt.intern("__module__"), m);
        let meta = rt.types.type_.clone();
        match crate::typeobj::new_class(rt, &meta, "UnsupportedOperation", bases, ns) {
            Ok(cls) => {
                rt.exc_types.insert("UnsupportedOperation", cls);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(rt.exc_type("UnsupportedOperation"))
}

fn not_readable(rt: &mut Runtime) -> crate::object::Exc {
    unsupported(rt, "not readable")
}

fn not_writable(rt: &mut Runtime) -> crate::object::Exc {
    unsupported(rt, "not writable")
}

/// The bytes (or text) from the current position: `n` items, or all when `n` < 0.
fn take(rt: &mut Runtime, me: &Value, n: i64, line: bool) -> PyResult {
    let op = if line { "readline" } else { "read" };
    let (binary, readable) = check_open_for(rt, std::slice::from_ref(me), op)?;
    if !readable {
        return Err(if binary {
            unsupported(rt, "read")
        } else {
            not_readable(rt)
        });
    }
    let chunk = with_file(me, |f| {
        let rest = f.data.get(f.pos..).unwrap_or(&[]);
        let mut end = if line {
            if binary {
                line_end(rest, None)
            } else {
                line_end(rest, f.newline.as_deref())
            }
        } else {
            rest.len()
        };
        if n >= 0 {
            if binary {
                end = end.min(n as usize);
            } else {
                // n characters, not bytes.
                let s = std::str::from_utf8(&rest[..end]).unwrap_or("");
                if let Some((i, _)) = s.char_indices().nth(n as usize) {
                    end = i;
                }
            }
        }
        let out = rest[..end].to_vec();
        f.pos += end;
        out
    })
    .unwrap_or_default();
    Ok(if binary {
        rt.new_bytes(chunk)
    } else {
        rt.new_string(String::from_utf8(chunk).unwrap_or_default())
    })
}

fn size_arg(rt: &mut Runtime, args: &[Value]) -> PyResult<i64> {
    match args.get(1) {
        Some(v) if !v.is_none() => rt.index_of(v),
        _ => Ok(-1),
    }
}

fn f_read(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = size_arg(rt, args)?;
    take(rt, &args[0], n, false)
}

fn f_readline(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = size_arg(rt, args)?;
    take(rt, &args[0], n, true)
}

/// `readlines(hint=-1)`: lines until their total size reaches `hint` (all for hint <= 0).
fn f_readlines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open(rt, &args[..1])?;
    let hint = match args.get(1) {
        Some(v) if !v.is_none() => rt.index_of(v)?,
        _ => -1,
    };
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let l = take(rt, &args[0], -1, true)?;
        let n = rt.len(&l)?;
        if n == 0 {
            break;
        }
        out.push(l);
        total += n as i64;
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(rt.new_list(out))
}

fn f_next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let l = take(rt, &args[0], -1, true)?;
    if rt.len(&l)? == 0 {
        with_file(&args[0], |f| f.telling = true);
        return Err(rt.exc_with_args("StopIteration", vec![]));
    }
    with_file(&args[0], |f| f.telling = f.binary);
    Ok(l)
}

fn f_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open(rt, args)?;
    Ok(args[0].clone())
}

fn write_bytes(rt: &mut Runtime, me: &Value, b: &[u8]) -> PyResult<()> {
    let r = with_file(me, |f| match &mut f.io {
        Io::Write(w) => Some(w.write_all(b)),
        Io::Read => None,
        Io::Update { dirty, append, .. } => {
            *dirty = true;
            if *append {
                // (Appends go to the end; the position moves by what was written.)
                f.data.extend_from_slice(b);
            } else {
                if f.data.len() < f.pos {
                    f.data.resize(f.pos, 0);
                }
                let end = (f.pos + b.len()).min(f.data.len());
                f.data.splice(f.pos..end, b.iter().copied());
            }
            Some(Ok(()))
        }
    })
    .flatten();
    match r {
        Some(Ok(())) => {
            with_file(me, |f| f.pos += b.len());
            Ok(())
        }
        Some(Err(e)) => {
            let name = with_file(me, |f| f.name.clone()).unwrap_or(Value::NONE);
            Err(os_error(rt, &e, &name))
        }
        // (The buffered layer names the operation; the text layer says "not writable".)
        None if with_file(me, |f| f.binary) == Some(true) => Err(unsupported(rt, "write")),
        None => Err(not_writable(rt)),
    }
}

fn f_write(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (binary, _) = check_open_for(rt, args, "write")?;
    let Some(v) = args.get(1) else {
        return Err(rt.type_error("write() takes exactly one argument (0 given)"));
    };
    if binary {
        let Some(b) = super::bytes_like(v) else {
            let tn = rt.type_name(v);
            return Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")));
        };
        write_bytes(rt, &args[0], &b)?;
        return Ok(Value::small_int(b.len() as i64));
    }
    let Some(Kind::Str(s)) = v.kind() else {
        let tn = rt.arg_type_name(v);
        return Err(rt.type_error(&format!("write() argument must be str, not {tn}")));
    };
    let (mut text, n) = (s.s.to_string(), s.chars);
    let (enc, errors, newline) = with_file(&args[0], |f| {
        (f.encoding.clone(), f.errors.clone(), f.newline.clone())
    })
    .unwrap_or_default();
    // '\n' written goes out as the newline asked for ('\n' by default on this system).
    if let Some(nl) = newline.as_deref().filter(|n| *n == "\r" || *n == "\r\n") {
        text = text.replace('\n', nl);
    }
    // (Lone surrogates go through the codec and its error handler.)
    let utf8 = enc.eq_ignore_ascii_case("utf-8") || enc.eq_ignore_ascii_case("utf8");
    let update = with_file(&args[0], |f| matches!(f.io, Io::Update { .. })) == Some(true);
    let b = if update {
        // An update-mode file keeps its text decoded until it is written back.
        s.s.as_bytes().to_vec()
    } else if utf8 && !crate::surrogate::has_surrogates(&text) {
        text.into_bytes()
    } else {
        crate::types::codecs::encode_str(rt, &text, &enc, &errors)?
    };
    write_bytes(rt, &args[0], &b)?;
    Ok(Value::small_int(n as i64))
}

fn f_writelines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open(rt, args)?;
    let Some(lines) = args.get(1) else {
        return Err(rt.type_error("writelines() takes exactly one argument (0 given)"));
    };
    let it = rt.get_iter(lines)?;
    while let Some(l) = rt.next(&it)? {
        f_write(rt, &[args[0].clone(), l], &[])?;
    }
    Ok(Value::NONE)
}

/// Writes an update-mode file's content back to disk, if it changed.
fn write_back(rt: &mut Runtime, me: &Value) -> PyResult<()> {
    let Some(Some((data, binary, enc, errors, newline))) = with_file(me, |f| match &f.io {
        Io::Update { dirty: true, .. } => Some((
            f.data.clone(),
            f.binary,
            f.encoding.clone(),
            f.errors.clone(),
            f.newline.clone(),
        )),
        _ => None,
    }) else {
        return Ok(());
    };
    let out = if binary {
        data
    } else {
        let mut text = String::from_utf8(data).unwrap_or_default();
        if let Some(nl) = newline.as_deref().filter(|n| *n == "\r" || *n == "\r\n") {
            text = text.replace('\n', nl);
        }
        crate::types::codecs::encode_str(rt, &text, &enc, &errors)?
    };
    let r = with_file(me, |f| match &mut f.io {
        Io::Update { file, dirty, .. } => {
            use std::io::Seek;
            *dirty = false;
            file.set_len(0)
                .and_then(|_| file.seek(std::io::SeekFrom::Start(0)))
                .and_then(|_| file.write_all(&out))
                .and_then(|_| file.flush())
        }
        _ => Ok(()),
    });
    if let Some(Err(e)) = r {
        let name = with_file(me, |f| f.name.clone()).unwrap_or(Value::NONE);
        return Err(os_error(rt, &e, &name));
    }
    Ok(())
}

fn f_flush(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open_for(rt, args, "flush")?;
    write_back(rt, &args[0])?;
    let r = with_file(&args[0], |f| match &mut f.io {
        Io::Write(w) => w.flush(),
        _ => Ok(()),
    });
    if let Some(Err(e)) = r {
        let name = with_file(&args[0], |f| f.name.clone()).unwrap_or(Value::NONE);
        return Err(os_error(rt, &e, &name));
    }
    Ok(Value::NONE)
}

fn f_close(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if with_file(&args[0], |f| f.closed) == Some(false) {
        write_back(rt, &args[0])?;
    }
    let r = with_file(&args[0], |f| {
        let r = match &mut f.io {
            Io::Write(w) if !f.closed => w.flush(),
            _ => Ok(()),
        };
        f.closed = true;
        f.data = Vec::new();
        r
    });
    if let Some(Err(e)) = r {
        let name = with_file(&args[0], |f| f.name.clone()).unwrap_or(Value::NONE);
        return Err(os_error(rt, &e, &name));
    }
    Ok(Value::NONE)
}

fn f_enter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open(rt, args)?;
    Ok(args[0].clone())
}

fn f_exit(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    f_close(rt, &args[..1], &[])?;
    Ok(Value::FALSE)
}

fn f_seek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (binary, _) = check_open_for(rt, args, "seek")?;
    with_file(&args[0], |f| f.telling = true);
    let off = match args.get(1) {
        Some(v) => rt.index_of(v)?,
        None => return Err(rt.type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match args.get(2) {
        Some(v) => rt.index_of(v)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(rt.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if !binary && whence != 0 && off != 0 {
        let what = if whence == 1 { "cur" } else { "end" };
        return Err(unsupported(
            rt,
            &format!("can't do nonzero {what}-relative seeks"),
        ));
    }
    if off < 0 && whence == 0 && !binary {
        return Err(rt.value_error(&format!("Negative seek position {off}")));
    }
    // A file open only for writing seeks the file itself (after writing out its buffer).
    let writer = with_file(&args[0], |f| matches!(f.io, Io::Write(_))) == Some(true);
    if writer {
        let r = with_file(&args[0], |f| match &mut f.io {
            Io::Write(w) => {
                use std::io::Seek;
                let to = match whence {
                    1 => std::io::SeekFrom::Current(off),
                    2 => std::io::SeekFrom::End(off),
                    _ => std::io::SeekFrom::Start(off as u64),
                };
                let r = w.seek(to);
                if let Ok(p) = r {
                    f.pos = p as usize;
                }
                r
            }
            _ => Ok(0),
        });
        return match r {
            Some(Ok(p)) => Ok(crate::ops::num::int_from_i64(p as i64)),
            Some(Err(e)) => {
                let name = with_file(&args[0], |f| f.name.clone()).unwrap_or(Value::NONE);
                Err(os_error(rt, &e, &name))
            }
            None => Ok(Value::small_int(0)),
        };
    }
    let update = with_file(&args[0], |f| matches!(f.io, Io::Update { .. })) == Some(true);
    if update {
        let pos = with_file(&args[0], |f| {
            let base = match whence {
                1 => f.pos as i64,
                2 => f.data.len() as i64,
                _ => 0,
            };
            f.pos = (base + off).max(0) as usize;
            f.pos
        })
        .unwrap_or(0);
        return Ok(crate::ops::num::int_from_i64(pos as i64));
    }
    let pos = with_file(&args[0], |f| {
        let base = match whence {
            1 => f.pos as i64,
            2 => f.data.len() as i64,
            _ => 0,
        };
        base + off
    })
    .unwrap_or(0);
    if pos < 0 {
        // (The OS refuses a position before the start.)
        let cls = rt.exc_type("OSError");
        let msg = rt.new_str("Invalid argument");
        return Err(match rt.call(&cls, &[Value::small_int(22), msg], &[]) {
            Ok(e) => crate::object::Exc(e),
            Err(e) => e,
        });
    }
    with_file(&args[0], |f| f.pos = pos as usize);
    Ok(Value::small_int(pos))
}

fn f_tell(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open_for(rt, args, "tell")?;
    if with_file(&args[0], |f| f.telling) == Some(false) {
        return Err(rt.new_exc("OSError", "telling position disabled by next() call"));
    }
    Ok(Value::small_int(
        with_file(&args[0], |f| f.pos).unwrap_or(0) as i64,
    ))
}

/// `truncate(size=None)`: a file open for writing is cut (or extended) to `size` bytes,
/// by default its current position.
fn f_truncate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open_for(rt, args, "truncate")?;
    if with_file(&args[0], |f| matches!(f.io, Io::Read)) == Some(true) {
        return Err(unsupported(rt, "truncate"));
    }
    let size = match args.get(1) {
        Some(v) if !v.is_none() => {
            let n = rt.index_of(v)?;
            if n < 0 {
                return Err(rt.new_exc("OSError", "[Errno 22] Invalid argument"));
            }
            n as u64
        }
        _ => with_file(&args[0], |f| f.pos as u64).unwrap_or(0),
    };
    let r = with_file(&args[0], |f| match &mut f.io {
        Io::Write(w) => w.flush().and_then(|_| w.get_ref().set_len(size)),
        Io::Update { dirty, .. } => {
            *dirty = true;
            f.data.resize(size as usize, 0);
            Ok(())
        }
        Io::Read => Ok(()),
    });
    if let Some(Err(e)) = r {
        let name = with_file(&args[0], |f| f.name.clone()).unwrap_or(Value::NONE);
        return Err(os_error(rt, &e, &name));
    }
    Ok(crate::ops::num::int_from_i64(size as i64))
}

/// `readinto(b)` of a binary file: reads up to len(b) bytes into the writable buffer `b`
/// (a bytearray or a memoryview of one) and returns how many.
fn f_readinto(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (binary, _) = check_open_for(rt, args, "read")?;
    let Some(target) = args.get(1) else {
        return Err(rt.type_error("readinto() takes exactly one argument (0 given)"));
    };
    if !binary {
        return Err(rt.attr_error("'_io.TextIOWrapper' object has no attribute 'readinto'"));
    }
    let writable = match target.kind() {
        Some(Kind::ByteArray(_)) => true,
        _ => {
            rt.type_of(target).is(&rt.types.memoryview)
                && rt
                    .getattr(target, "readonly")
                    .ok()
                    .and_then(|v| v.as_bool())
                    == Some(false)
        }
    };
    if !writable {
        let tn = rt.type_name(target);
        return Err(rt.type_error(&format!(
            "readinto() argument must be read-write bytes-like object, not {tn}"
        )));
    }
    let n = rt.len(target)?;
    let chunk = take(rt, &args[0], n as i64, false)?;
    let got = rt.len(&chunk)?;
    if got > 0 {
        let stop = Value::small_int(got as i64);
        let sl = Value::from_obj(Obj::new(Kind::Slice(Box::new([
            Value::small_int(0),
            stop,
            Value::NONE,
        ]))));
        rt.setitem(target, &sl, &chunk)?;
    }
    Ok(Value::small_int(got as i64))
}

/// `seekable()`: regular files are (a closed one raises).
fn f_seekable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open_for(rt, args, "seekable")?;
    Ok(Value::TRUE)
}

fn f_readable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (_, r) = check_open_for(rt, args, "readable")?;
    Ok(Value::bool(r))
}

fn f_writable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_open_for(rt, args, "writable")?;
    Ok(Value::bool(
        with_file(&args[0], |f| !matches!(f.io, Io::Read)).unwrap_or(false),
    ))
}

fn f_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some((name, mode, binary, closed, reading)) = with_file(&args[0], |f| {
        (
            f.name.clone(),
            f.mode.clone(),
            f.binary,
            f.closed,
            match f.io {
                Io::Read => 0,
                Io::Write(_) => 1,
                Io::Update { .. } => 2,
            },
        )
    }) else {
        return Err(rt.type_error("expected a file object"));
    };
    let cls = match (binary, reading) {
        (false, _) => "_io.TextIOWrapper",
        (true, 0) => "_io.BufferedReader",
        (true, 1) => "_io.BufferedWriter",
        (true, _) => "_io.BufferedRandom",
    };
    let n = rt.repr_string(&name)?;
    if closed {
        return Ok(rt.new_string(format!("<{cls} name={n}>")));
    }
    Ok(rt.new_string(if binary {
        format!("<{cls} name={n}>")
    } else {
        let enc = with_file(&args[0], |f| f.encoding.clone()).unwrap_or_default();
        format!("<{cls} name={n} mode='{mode}' encoding='{enc}'>")
    }))
}

fn attr(rt: &mut Runtime, args: &[Value], which: &str) -> PyResult {
    let Some((name, mode, closed, binary)) = with_file(&args[0], |f| {
        (f.name.clone(), f.mode.clone(), f.closed, f.binary)
    }) else {
        return Err(rt.type_error("expected a file object"));
    };
    Ok(match which {
        "name" => name,
        "mode" => {
            let m = if binary && mode.contains('+') {
                // The buffered layer's mode: 'rb+' for r+/w+, 'ab+', 'xb+'.
                let kind = if mode.contains('a') {
                    'a'
                } else if mode.contains('x') {
                    'x'
                } else {
                    'r'
                };
                format!("{kind}b+")
            } else if binary {
                // The buffered layer's mode: 'rb', 'wb', 'ab' or 'xb'.
                let kind = ['r', 'w', 'a', 'x']
                    .into_iter()
                    .find(|c| mode.contains(*c))
                    .unwrap_or('r');
                format!("{kind}b")
            } else {
                mode
            };
            rt.new_string(m)
        }
        "closed" => Value::bool(closed),
        "newlines" if !binary => {
            let seen = with_file(&args[0], |f| {
                f.endings
                    .iter()
                    .take_while(|(at, _)| *at < f.pos)
                    .fold(0u8, |acc, (_, k)| acc | k)
            })
            .unwrap_or(0);
            let kinds: Vec<Value> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")]
                .iter()
                .filter(|(bit, _)| seen & bit != 0)
                .map(|(_, s)| rt.new_str(s))
                .collect();
            match kinds.len() {
                0 => Value::NONE,
                1 => kinds[0].clone(),
                _ => rt.new_tuple(kinds),
            }
        }
        _ => {
            if binary {
                let tn = rt.type_name(&args[0]);
                return Err(rt.attr_error(&format!("'_io.{tn}' object has no attribute '{which}'")));
            }
            let v = with_file(&args[0], |f| {
                if which == "errors" {
                    f.errors.clone()
                } else {
                    f.encoding.clone()
                }
            })
            .unwrap_or_default();
            rt.new_string(v)
        }
    })
}

pub fn register(rt: &mut Runtime) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("readinto", f_readinto),
        ("readable", f_readable),
        ("seekable", f_seekable),
        ("writable", f_writable),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
        ("__repr__", f_repr),
    ];
    let getters: [(&'static str, NativeFn); 6] = [
        ("newlines", |rt, a, _| attr(rt, a, "newlines")),
        ("name", |rt, a, _| attr(rt, a, "name")),
        ("mode", |rt, a, _| attr(rt, a, "mode")),
        ("closed", |rt, a, _| attr(rt, a, "closed")),
        ("encoding", |rt, a, _| attr(rt, a, "encoding")),
        ("errors", |rt, a, _| attr(rt, a, "errors")),
    ];
    for t in [
        rt.types.text_io.clone(),
        rt.types.buffered_reader.clone(),
        rt.types.buffered_writer.clone(),
        rt.types.buffered_random.clone(),
    ] {
        super::reg(rt, &t, "file", methods);
        if let Some(tt) = crate::typeobj::as_type(&t) {
            let (k, m) = (rt.intern("__module__"), rt.new_str("_io"));
            tt.dict.borrow_mut().set_str(k, m);
        }
        for (n, f) in getters {
            let g = rt.new_method("file", n, f);
            let p = Value::from_obj(Obj::new(Kind::Property(Box::new(
                crate::object::PropertyObj::new([g, Value::NONE, Value::NONE, Value::NONE]),
            ))));
            crate::exceptions::set_type_attr(rt, &t, n, p);
        }
    }
    rt.add_builtin("open", open);
}
