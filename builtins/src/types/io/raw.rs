//! `_io.FileIO`: raw, unbuffered I/O on an OS file descriptor — the bottom layer of every
//! file `open()` returns, and `io.FileIO(...)` itself. Each read or write is one system
//! call (interrupted calls are retried after the signal handlers run, as PEP 475 asks).
//!
//! The standard streams' raw objects are FileIOs on fds 0, 1 and 2 whose writes go to the
//! runtime's `stdout`/`stderr` sinks instead of the descriptor, so an embedding program
//! that redirects those sinks sees everything written through `sys.stdout.buffer.raw` too.

use super::fd;
use super::Kw;
use crate::object::{Kind, NativeFn, PyResult};
use crate::value::Value;
use crate::Runtime;

/// Where a raw file's writes go.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// The file descriptor itself.
    Fd,
    /// The runtime's stdout sink (fd 1 of the std streams).
    Stdout,
    /// The runtime's stderr sink (fd 2 of the std streams).
    Stderr,
    /// fd 0 of the std streams: reads come from the runtime's `stdin` reader when an
    /// embedder set one.
    Stdin,
}

/// The state of one FileIO.
pub struct RawFile {
    pub fd: i32,
    /// The `name` attribute (None after `del f.name`).
    pub name: Option<Value>,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    pub closed: bool,
    pub sink: Sink,
    /// Whether lseek works on the descriptor (asked on first use).
    seekable: Option<bool>,
    /// The file system's block size (the buffered layer's default buffer size).
    pub blksize: usize,
    /// The file's size when opened, a hint for readall().
    size_hint: usize,
}

impl Drop for RawFile {
    fn drop(&mut self) {
        if !self.closed && self.closefd && self.fd >= 0 {
            let _ = fd::close(self.fd);
        }
    }
}

/// The mode string CPython's FileIO reports.
fn mode_string(r: &RawFile) -> &'static str {
    match (r.created, r.appending, r.readable, r.writable) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

/// A new FileIO object on `fd` (already open).
#[allow(clippy::too_many_arguments)]
pub fn new_raw(
    rt: &Runtime,
    fd: i32,
    name: Value,
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
    sink: Sink,
) -> Value {
    let (blksize, size_hint) = match fd::fstat(fd) {
        Ok((_, size, blk)) if blk > 1 => (blk as usize, size.max(0) as usize),
        Ok((_, size, _)) => (super::DEFAULT_BUFFER_SIZE, size.max(0) as usize),
        Err(_) => (super::DEFAULT_BUFFER_SIZE, 0),
    };
    let state = RawFile {
        fd,
        name: Some(name),
        readable,
        writable,
        appending,
        created,
        closefd,
        closed: false,
        sink,
        seekable: None,
        blksize,
        size_hint,
    };
    super::new_native(&rt.types.file_io, Box::new(state))
}

fn state<R>(rt: &mut Runtime, v: &Value, f: impl FnOnce(&mut RawFile) -> R) -> PyResult<R> {
    match super::with(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor requires a '_io.FileIO' object but received a '{tn}'"
            )))
        }
    }
}

/// The raw file's descriptor, or ValueError when it is closed.
fn open_fd(rt: &mut Runtime, v: &Value) -> PyResult<i32> {
    let (fd, closed) = state(rt, v, |r| (r.fd, r.closed))?;
    if closed {
        return Err(super::closed(rt, "I/O operation on closed file"));
    }
    Ok(fd)
}

/// `open_fd` for the methods FileIO inherits from IOBase, whose message ends in a dot.
fn open_fd_base(rt: &mut Runtime, v: &Value) -> PyResult<i32> {
    if state(rt, v, |r| r.closed)? {
        return Err(super::closed(rt, "I/O operation on closed file."));
    }
    open_fd(rt, v)
}

/// Runs a system call, retrying it after the signal handlers when a signal interrupted
/// it (a handler's exception, such as KeyboardInterrupt, ends the call).
pub fn retry<T>(
    rt: &mut Runtime,
    mut op: impl FnMut() -> std::io::Result<T>,
) -> PyResult<std::io::Result<T>> {
    loop {
        match op() {
            Err(e) if fd::interrupted(&e) => {
                #[cfg(unix)]
                crate::modules::signals::run_pending(rt)?;
            }
            r => return Ok(r),
        }
    }
}

fn io_result<T>(rt: &mut Runtime, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| super::os_error(rt, &e, None))
}

/// Checks that the raw file is open and readable.
fn check_readable(rt: &mut Runtime, v: &Value) -> PyResult<i32> {
    let fd = open_fd(rt, v)?;
    if !state(rt, v, |r| r.readable)? {
        return Err(super::unsupported(rt, "File not open for reading"));
    }
    Ok(fd)
}

/// The embedder's reader behind `sys.stdin`, when `v` is the std stdin and one is set.
fn redirected_stdin<'a>(rt: &'a mut Runtime, v: &Value) -> Option<&'a mut Box<dyn std::io::Read>> {
    if super::with(v, |r: &mut RawFile| r.sink) != Some(Sink::Stdin) {
        return None;
    }
    rt.stdin.as_mut()
}

/// One read of up to `n` bytes appended to `out`; 0 at end of file.
pub fn read_some(rt: &mut Runtime, v: &Value, out: &mut Vec<u8>, n: usize) -> PyResult<usize> {
    let fd = check_readable(rt, v)?;
    let start = out.len();
    out.resize(start + n, 0);
    let r = match redirected_stdin(rt, v) {
        Some(input) => input.read(&mut out[start..]),
        None => retry(rt, || fd::read(fd, &mut out[start..]))?,
    };
    match r {
        Ok(got) => {
            out.truncate(start + got);
            Ok(got)
        }
        Err(e) => {
            out.truncate(start);
            Err(super::os_error(rt, &e, None))
        }
    }
}

/// Reads to the end of the file, appending to `out`.
pub fn read_all(rt: &mut Runtime, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    let fd = open_fd(rt, v)?;
    let hint = state(rt, v, |r| r.size_hint)?;
    let mut chunk = hint.max(super::DEFAULT_BUFFER_SIZE);
    // (The position is unknown for pipes; the size hint only sizes the first read.)
    if let Ok(pos) = fd::lseek(fd, 0, 1) {
        chunk = hint
            .saturating_sub(pos.max(0) as usize)
            .max(super::DEFAULT_BUFFER_SIZE);
    }
    loop {
        let start = out.len();
        out.resize(start + chunk + 1, 0);
        let r = match redirected_stdin(rt, v) {
            Some(input) => input.read(&mut out[start..]),
            None => retry(rt, || fd::read(fd, &mut out[start..]))?,
        };
        match r {
            Ok(0) => {
                out.truncate(start);
                return Ok(());
            }
            Ok(got) => out.truncate(start + got),
            Err(e) => {
                out.truncate(start);
                return Err(super::os_error(rt, &e, None));
            }
        }
        chunk = (chunk * 2).min(1 << 24);
    }
}

/// Writes `data` (all of it for the std sinks and regular files, else what one system
/// call takes), returning how many bytes went out.
pub fn write_some(rt: &mut Runtime, v: &Value, data: &[u8]) -> PyResult<usize> {
    let fd = open_fd(rt, v)?;
    let (writable, sink) = state(rt, v, |r| (r.writable, r.sink))?;
    if !writable {
        return Err(super::unsupported(rt, "File not open for writing"));
    }
    let r = match sink {
        Sink::Stdout => {
            use std::io::Write;
            rt.stdout.write_all(data).map(|_| data.len())
        }
        Sink::Stderr => {
            use std::io::Write;
            let _ = rt.stdout.flush();
            rt.stderr.write_all(data).map(|_| data.len())
        }
        Sink::Fd | Sink::Stdin => retry(rt, || fd::write(fd, data))?,
    };
    match r {
        Ok(n) => Ok(n),
        Err(e) => Err(super::os_error(rt, &e, None)),
    }
}

/// Writes all of `data`.
pub fn write_all(rt: &mut Runtime, v: &Value, mut data: &[u8]) -> PyResult<()> {
    while !data.is_empty() {
        let n = write_some(rt, v, data)?;
        if n == 0 {
            return Err(rt.new_exc("OSError", "write returned 0 bytes"));
        }
        data = &data[n..];
    }
    Ok(())
}

/// Flushes the runtime sink a std stream's raw object writes to.
pub fn flush_sink(rt: &mut Runtime, v: &Value) {
    use std::io::Write;
    match super::with(v, |r: &mut RawFile| r.sink) {
        Some(Sink::Stdout) => {
            let _ = rt.stdout.flush();
        }
        Some(Sink::Stderr) => {
            let _ = rt.stderr.flush();
        }
        _ => {}
    }
}

/// lseek on the raw file; ESPIPE and the like become OSError.
pub fn seek(rt: &mut Runtime, v: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    let fd = open_fd(rt, v)?;
    let r = fd::lseek(fd, pos, whence);
    io_result(rt, r)
}

/// Whether the raw file can seek (asked once).
pub fn seekable(rt: &mut Runtime, v: &Value) -> PyResult<bool> {
    let fd = open_fd(rt, v)?;
    if let Some(s) = state(rt, v, |r| r.seekable)? {
        return Ok(s);
    }
    let s = fd::lseek(fd, 0, 1).is_ok();
    state(rt, v, |r| r.seekable = Some(s))?;
    Ok(s)
}

pub fn truncate(rt: &mut Runtime, v: &Value, size: i64) -> PyResult<()> {
    let fd = open_fd(rt, v)?;
    if !state(rt, v, |r| r.writable)? {
        return Err(super::unsupported(rt, "File not open for writing"));
    }
    let r = fd::ftruncate(fd, size);
    io_result(rt, r)
}

/// Closes the raw file (the descriptor too, when it owns it). Closing twice is allowed.
pub fn close(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    let (fd, closed, closefd) = state(rt, v, |r| (r.fd, r.closed, r.closefd))?;
    if closed {
        return Ok(());
    }
    flush_sink(rt, v);
    state(rt, v, |r| r.closed = true)?;
    if closefd && fd >= 0 {
        let r = fd::close(fd);
        io_result(rt, r)?;
    }
    Ok(())
}

/// Writes `data` out and closes the raw file `v`, without a runtime and ignoring errors
/// (for a buffered file being freed). The std streams' sinks are left to the runtime.
pub fn close_quietly(v: &Value, data: &[u8]) {
    let target = super::with(v, |r: &mut RawFile| (r.fd, r.closed, r.sink, r.closefd));
    let Some((fd, false, Sink::Fd, closefd)) = target else {
        return;
    };
    let mut data = data;
    while !data.is_empty() {
        match fd::write(fd, data) {
            Ok(0) => break,
            Ok(n) => data = &data[n..],
            Err(e) if fd::interrupted(&e) => continue,
            Err(_) => break,
        }
    }
    super::with(v, |r: &mut RawFile| r.closed = true);
    if closefd {
        let _ = fd::close(fd);
    }
}

pub fn is_closed(v: &Value) -> bool {
    super::with(v, |r: &mut RawFile| r.closed).unwrap_or(true)
}

pub fn name_of(v: &Value) -> Option<Value> {
    super::with(v, |r: &mut RawFile| r.name.clone()).flatten()
}

pub fn set_name(v: &Value, name: Value) {
    super::with(v, |r: &mut RawFile| r.name = Some(name));
}

/// (readable, writable, appending) of a raw file.
pub fn caps(v: &Value) -> Option<(bool, bool, bool)> {
    super::with(v, |r: &mut RawFile| (r.readable, r.writable, r.appending))
}

pub fn blksize(v: &Value) -> usize {
    super::with(v, |r: &mut RawFile| r.blksize).unwrap_or(super::DEFAULT_BUFFER_SIZE)
}

pub fn isatty(rt: &mut Runtime, v: &Value) -> PyResult<bool> {
    let fd = open_fd(rt, v)?;
    Ok(fd::isatty(fd))
}

pub fn fileno(rt: &mut Runtime, v: &Value) -> PyResult<i32> {
    open_fd(rt, v)
}

// ---- FileIO(file, mode='r', closefd=True, opener=None) -------------------------------------

/// The parsed mode of FileIO: (readable, writable, appending, created, truncate).
fn parse_mode(rt: &mut Runtime, mode: &str) -> PyResult<(bool, bool, bool, bool, bool)> {
    let (mut rwa, mut plus) = (None, false);
    let bad = "Must have exactly one of create/read/write/append mode and at most one plus";
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if rwa.is_some() {
                    return Err(rt.value_error(bad));
                }
                rwa = Some(c);
            }
            '+' => {
                if plus {
                    return Err(rt.value_error(bad));
                }
                plus = true;
            }
            'b' => {}
            _ => return Err(rt.value_error(&format!("invalid mode: {mode}"))),
        }
    }
    let Some(kind) = rwa else {
        return Err(rt.value_error(bad));
    };
    Ok(match kind {
        'r' => (true, plus, false, false, false),
        'w' => (plus, true, false, false, true),
        'a' => (plus, true, true, false, false),
        _ => (plus, true, false, true, false),
    })
}

/// Opens a FileIO: `file` is a path (str or bytes, already fspath'd) or a descriptor.
pub fn open_raw(
    rt: &mut Runtime,
    file: &Value,
    mode: &str,
    closefd: bool,
    opener: Option<&Value>,
) -> PyResult {
    let (readable, writable, appending, created, trunc) = parse_mode(rt, mode)?;
    // (A str or bytes subclass names its path by the value inside.)
    let inner = crate::typeobj::builtin_payload(file).unwrap_or(file);
    let path: Option<Vec<u8>> = match inner.kind() {
        Some(Kind::Str(s)) => Some(s.s.as_bytes().to_vec()),
        Some(Kind::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    };
    let fd = match &path {
        None => {
            if !crate::ops::num::is_int(file) {
                let tn = rt.type_name(file);
                return Err(rt.type_error(&format!(
                    "expected str, bytes or os.PathLike object, not {tn}"
                )));
            }
            let n = rt.index_of(file)?;
            if n < 0 {
                return Err(rt.value_error("negative file descriptor"));
            }
            if n > i32::MAX as i64 {
                return Err(rt.overflow_error("fd is greater than maximum"));
            }
            let fd = n as i32;
            // (A bad descriptor fails here, as CPython's fstat does.)
            if let Err(e) = fd::fstat(fd) {
                return Err(super::os_error(rt, &e, None));
            }
            fd
        }
        Some(p) => {
            if !closefd {
                return Err(rt.value_error("Cannot use closefd=False with file name"));
            }
            if p.contains(&0) {
                return Err(rt.value_error("embedded null byte"));
            }
            let fl = &fd::FLAGS;
            let mut flags = match (readable, writable) {
                (true, true) => fl.rdwr,
                (true, false) => fl.rdonly,
                _ => fl.wronly,
            };
            if trunc {
                flags |= fl.creat | fl.trunc;
            }
            if appending {
                flags |= fl.creat | fl.append;
            }
            if created {
                flags |= fl.creat | fl.excl;
            }
            match opener.filter(|o| !o.is_none()) {
                Some(op) => {
                    let r = rt.call(op, &[file.clone(), Value::small_int(flags as i64)], &[])?;
                    if !crate::ops::num::is_int(&r) {
                        return Err(rt.type_error("expected integer from opener"));
                    }
                    let n = rt.index_of(&r)?;
                    if n < 0 {
                        return Err(rt.value_error(&format!("opener returned {n}")));
                    }
                    n as i32
                }
                None => {
                    rt.check_filesystem()?;
                    let r = retry(rt, || fd::open(p, flags))?;
                    match r {
                        Ok(fd) => fd,
                        Err(e) => return Err(super::os_error(rt, &e, Some(file))),
                    }
                }
            }
        }
    };
    if let Ok((true, _, _)) = fd::fstat(fd) {
        if path.is_some() {
            let _ = fd::close(fd);
        }
        let e = std::io::Error::from_raw_os_error(21);
        return Err(super::os_error(rt, &e, Some(file)));
    }
    if appending {
        let _ = fd::lseek(fd, 0, 2);
    }
    Ok(new_raw(
        rt,
        fd,
        file.clone(),
        readable,
        writable,
        appending,
        created,
        closefd,
        Sink::Fd,
    ))
}

/// Converts an open()/FileIO `file` argument: a descriptor (an int) passes through, a path
/// goes through `fspath`.
pub fn fspath_arg(rt: &mut Runtime, file: &Value) -> PyResult<Value> {
    if crate::ops::num::is_int(file) {
        return Ok(file.clone());
    }
    fspath(rt, file)
}

/// `os.fspath(v)`: str and bytes (and their subclasses) unchanged, else `__fspath__()`,
/// which must return str or bytes.
pub fn fspath(rt: &mut Runtime, v: &Value) -> PyResult {
    let is_path = |rt: &mut Runtime, x: &Value| {
        matches!(x.kind(), Some(Kind::Str(_)) | Some(Kind::Bytes(_)))
            || rt.isinstance_type(x, &rt.types.str_.clone())
            || rt.isinstance_type(x, &rt.types.bytes.clone())
    };
    if is_path(rt, v) {
        return Ok(v.clone());
    }
    let tn = rt.type_name(v);
    match rt.call_dunder(v, "__fspath__", &[])? {
        Some(r) if is_path(rt, &r) => Ok(r),
        Some(r) => {
            let rn = rt.type_name(&r);
            Err(rt.type_error(&format!(
                "expected {tn}.__fspath__() to return str or bytes, not {rn}"
            )))
        }
        None => Err(rt.type_error(&format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        ))),
    }
}

fn fileio_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::super::need_cls(rt, args, "FileIO.__new__")?;
    if !args[0].is(&rt.types.file_io) {
        return Err(rt.not_implemented_error(
            "subclasses of the native _io.FileIO (subclass io.FileIO instead)",
        ));
    }
    let p = super::super::parse_args(
        rt,
        "FileIO",
        &args[1..],
        kw,
        &["file", "mode", "closefd", "opener"],
        0,
        4,
        1,
    )?;
    let file = fspath_arg(rt, p[0].as_ref().unwrap_or(&Value::NONE))?;
    let mode = match &p[1] {
        Some(m) => match m.kind() {
            Some(Kind::Str(s)) => s.s.as_str().to_owned(),
            _ => {
                let tn = rt.type_name(m);
                return Err(
                    rt.type_error(&format!("FileIO() argument 'mode' must be str, not {tn}"))
                );
            }
        },
        None => "r".to_string(),
    };
    let closefd = match &p[2] {
        Some(v) => rt.truthy(v)?,
        None => true,
    };
    open_raw(rt, &file, &mode, closefd, p[3].as_ref())
}

// ---- FileIO methods -------------------------------------------------------------------------

/// The object a method was called on (methods always receive it).
fn me(args: &[Value]) -> &Value {
    &args[0]
}

fn m_read(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = super::size_arg(rt, args.get(1))?;
    let mut out = Vec::new();
    if n < 0 {
        check_readable(rt, me(args))?;
        read_all(rt, me(args), &mut out)?;
    } else {
        read_some(rt, me(args), &mut out, n as usize)?;
    }
    Ok(rt.new_bytes(out))
}

fn m_readall(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mut out = Vec::new();
    read_all(rt, me(args), &mut out)?;
    Ok(rt.new_bytes(out))
}

fn m_readinto(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_readable(rt, me(args))?;
    let target = args.get(1).cloned().unwrap_or(Value::NONE);
    let n = super::writable_len(rt, &target, "readinto")?;
    let mut out = Vec::new();
    read_some(rt, me(args), &mut out, n)?;
    super::fill_buffer(rt, &target, &out)?;
    Ok(Value::small_int(out.len() as i64))
}

/// readline for the raw layer: one byte at a time, as IOBase.readline does without peek.
fn m_readline(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let limit = super::size_arg(rt, args.get(1))?;
    let line = raw_line(rt, me(args), limit)?;
    Ok(rt.new_bytes(line))
}

fn raw_line(rt: &mut Runtime, v: &Value, limit: i64) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    while limit < 0 || (line.len() as i64) < limit {
        if read_some(rt, v, &mut line, 1)? == 0 || line.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(line)
}

fn m_readlines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd_base(rt, me(args))?;
    let hint = super::size_arg(rt, args.get(1))?;
    super::read_lines(rt, hint, |rt| raw_line(rt, me(args), -1))
}

fn m_next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let l = raw_line(rt, me(args), -1)?;
    if l.is_empty() {
        return Err(rt.exc_with_args("StopIteration", vec![]));
    }
    Ok(rt.new_bytes(l))
}

fn m_write(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd(rt, me(args))?;
    let data = super::bytes_arg(rt, args.get(1), "write")?;
    let n = write_some(rt, me(args), &data)?;
    Ok(Value::small_int(n as i64))
}

fn m_writelines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd_base(rt, me(args))?;
    let lines = args.get(1).cloned().unwrap_or(Value::NONE);
    let it = rt.get_iter(&lines)?;
    while let Some(l) = rt.next(&it)? {
        let data = super::bytes_arg(rt, Some(&l), "write")?;
        write_all(rt, me(args), &data)?;
    }
    Ok(Value::NONE)
}

/// The whence argument of seek(): 0, 1 or 2 (SEEK_DATA/SEEK_HOLE pass through on Linux).
pub fn whence_arg(rt: &mut Runtime, v: Option<&Value>) -> PyResult<i32> {
    match v {
        Some(v) => Ok(rt.index_of(v)? as i32),
        None => Ok(0),
    }
}

/// The position argument of seek() (floats are refused as CPython refuses them).
pub fn pos_arg(rt: &mut Runtime, v: Option<&Value>, who: &str) -> PyResult<i64> {
    let Some(v) = v else {
        return Err(rt.type_error(&format!("{who} expected at least 1 argument, got 0")));
    };
    rt.index_of(v)
}

fn m_seek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd(rt, me(args))?;
    let pos = pos_arg(rt, args.get(1), "seek")?;
    let whence = whence_arg(rt, args.get(2))?;
    let p = seek(rt, me(args), pos, whence)?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_tell(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let p = seek(rt, me(args), 0, 1)?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_truncate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd(rt, me(args))?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => rt.index_of(v)?,
        _ => seek(rt, me(args), 0, 1)?,
    };
    truncate(rt, me(args), size)?;
    Ok(crate::ops::num::int_from_i64(size))
}

fn m_close(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_flush(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd_base(rt, me(args))?;
    flush_sink(rt, me(args));
    Ok(Value::NONE)
}

fn m_fileno(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small_int(fileno(rt, me(args))? as i64))
}

fn m_isatty(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::bool(isatty(rt, me(args))?))
}

fn m_readable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd(rt, me(args))?;
    Ok(Value::bool(state(rt, me(args), |r| r.readable)?))
}

fn m_writable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd(rt, me(args))?;
    Ok(Value::bool(state(rt, me(args), |r| r.writable)?))
}

fn m_seekable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::bool(seekable(rt, me(args))?))
}

fn m_enter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd_base(rt, me(args))?;
    Ok(me(args).clone())
}

fn m_exit(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_fd_base(rt, me(args))?;
    Ok(me(args).clone())
}

fn m_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some((closed, name, mode, closefd, fd)) = super::with(me(args), |r: &mut RawFile| {
        (r.closed, r.name.clone(), mode_string(r), r.closefd, r.fd)
    }) else {
        return Err(rt.type_error("expected a FileIO object"));
    };
    if closed {
        return Ok(rt.new_str("<_io.FileIO [closed]>"));
    }
    let cf = if closefd { "True" } else { "False" };
    let what = match name {
        Some(name) => format!("name={}", rt.repr_string(&name)?),
        None => format!("fd={fd}"),
    };
    Ok(rt.new_string(format!("<_io.FileIO {what} mode='{mode}' closefd={cf}>")))
}

fn g_attr(rt: &mut Runtime, args: &[Value], which: &str) -> PyResult {
    let v = me(args);
    Ok(match which {
        "name" => match state(rt, v, |r| r.name.clone())? {
            Some(n) => n,
            None => return Err(rt.attr_error("'_io.FileIO' object has no attribute 'name'")),
        },
        "mode" => {
            let m = state(rt, v, |r| mode_string(r))?;
            rt.new_str(m)
        }
        "closed" => Value::bool(state(rt, v, |r| r.closed)?),
        "closefd" => Value::bool(state(rt, v, |r| r.closefd)?),
        _ => Value::small_int(state(rt, v, |r| r.blksize)? as i64),
    })
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.file_io.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", m_read),
        ("readall", m_readall),
        ("readinto", m_readinto),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("write", m_write),
        ("writelines", m_writelines),
        ("seek", m_seek),
        ("tell", m_tell),
        ("truncate", m_truncate),
        ("close", m_close),
        ("flush", m_flush),
        ("fileno", m_fileno),
        ("isatty", m_isatty),
        ("readable", m_readable),
        ("writable", m_writable),
        ("seekable", m_seekable),
        ("__enter__", m_enter),
        ("__exit__", m_exit),
        ("__iter__", m_iter),
        ("__next__", m_next),
        ("__repr__", m_repr),
    ];
    super::super::reg(rt, &t, "FileIO", methods);
    let m = rt.new_method("FileIO", "__new__", fileio_new);
    crate::exceptions::set_type_attr(rt, &t, "__new__", m);
    super::getters(
        rt,
        &t,
        "FileIO",
        &[
            ("mode", |rt, a, _| g_attr(rt, a, "mode")),
            ("closed", |rt, a, _| g_attr(rt, a, "closed")),
            ("closefd", |rt, a, _| g_attr(rt, a, "closefd")),
            ("_blksize", |rt, a, _| g_attr(rt, a, "_blksize")),
        ],
    );
    // `name` can be set and deleted, as the instance attribute it is in CPython.
    super::property(
        rt,
        &t,
        "FileIO",
        "name",
        |rt, a, _| g_attr(rt, a, "name"),
        Some(|rt, a, _| {
            let n = a.get(1).cloned().unwrap_or(Value::NONE);
            state(rt, &a[0], |r| r.name = Some(n))?;
            Ok(Value::NONE)
        }),
        Some(|rt, a, _| {
            state(rt, &a[0], |r| r.name = None)?;
            Ok(Value::NONE)
        }),
    );
    super::set_module(rt, &t);
}
