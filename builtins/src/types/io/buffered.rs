//! `_io.BufferedReader`, `_io.BufferedWriter` and `_io.BufferedRandom`: a byte buffer over
//! a FileIO. Reads are served from a read-ahead buffer refilled one raw read at a time;
//! writes collect in a write buffer that goes out when full, on flush(), seek(), close()
//! or when the object is freed. BufferedRandom switches between the two, moving the raw
//! position back over unread read-ahead before it writes.
//!
//! The functions here taking `(rt, &Value)` are also the text layer's way down; given a
//! FileIO instead of a buffered object they act on it directly.

use super::raw::{self, RawFile};
use super::Kw;
use crate::object::{NativeFn, PyResult};
use crate::value::Value;
use crate::Runtime;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BufKind {
    Reader,
    Writer,
    Random,
}

pub struct Buffered {
    /// The FileIO below (None once detached).
    raw: Value,
    kind: BufKind,
    /// Read-ahead: `rbuf[rpos..]` is not consumed yet.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Written bytes not yet handed to the raw file.
    wbuf: Vec<u8>,
    size: usize,
}

impl Drop for Buffered {
    /// A buffered file freed without close() writes its buffer out and closes its raw file,
    /// as CPython's finalizer closes the file.
    fn drop(&mut self) {
        let data = std::mem::take(&mut self.wbuf);
        raw::close_quietly(&self.raw, &data);
    }
}

/// A new buffered object of `kind` over the FileIO `raw`.
pub fn new_buffered(rt: &Runtime, raw: Value, kind: BufKind, size: usize) -> Value {
    let ty = match kind {
        BufKind::Reader => &rt.types.buffered_reader,
        BufKind::Writer => &rt.types.buffered_writer,
        BufKind::Random => &rt.types.buffered_random,
    };
    let state = Buffered {
        raw,
        kind,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        size: size.max(1),
    };
    super::new_native(ty, Box::new(state))
}

/// The FileIO under a buffered object.
pub fn raw_of(v: &Value) -> Option<Value> {
    if is_raw(v) {
        return Some(v.clone());
    }
    super::with(v, |b: &mut Buffered| b.raw.clone()).filter(|r| !r.is_none())
}

fn state<R>(rt: &mut Runtime, v: &Value, f: impl FnOnce(&mut Buffered) -> R) -> PyResult<R> {
    match super::with(v, f) {
        Some(r) => Ok(r),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor requires a buffered file object but received a '{tn}'"
            )))
        }
    }
}

/// The raw file of an attached buffered object, whatever its state.
fn attached(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let r = state(rt, v, |b| b.raw.clone())?;
    if r.is_none() {
        return Err(rt.value_error("raw stream has been detached"));
    }
    Ok(r)
}

/// The raw file of an open buffered object; a closed one raises CPython's message for `op`.
fn open_raw(rt: &mut Runtime, v: &Value, op: &str) -> PyResult<Value> {
    let r = attached(rt, v)?;
    if raw::is_closed(&r) {
        let msg = match op {
            "read" => "read of closed file",
            "readinto" => "readinto of closed file",
            "truncate" => "truncate of closed file",
            "readline" => "readline of closed file",
            "peek" => "peek of closed file",
            "seek" => "seek of closed file",
            "write" => "write to closed file",
            "flush" => "flush of closed file",
            "tell" | "readable" | "writable" | "seekable" | "fileno" | "isatty" => {
                "I/O operation on closed file"
            }
            _ => "I/O operation on closed file.",
        };
        return Err(super::closed(rt, msg));
    }
    Ok(r)
}

fn kind_of(rt: &mut Runtime, v: &Value) -> PyResult<BufKind> {
    state(rt, v, |b| b.kind)
}

fn check_readable(rt: &mut Runtime, v: &Value, op: &str) -> PyResult<Value> {
    let r = open_raw(rt, v, op)?;
    if kind_of(rt, v)? == BufKind::Writer {
        return Err(super::unsupported(rt, op));
    }
    Ok(r)
}

fn check_writable(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let r = open_raw(rt, v, "write")?;
    if kind_of(rt, v)? == BufKind::Reader {
        return Err(super::unsupported(rt, "write"));
    }
    Ok(r)
}

/// Writes the write buffer out to the raw file.
pub fn flush_writes(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    if is_raw(v) {
        return Ok(());
    }
    let data = state(rt, v, |b| std::mem::take(&mut b.wbuf))?;
    if data.is_empty() {
        return Ok(());
    }
    let r = attached(rt, v)?;
    if let Err(e) = raw::write_all(rt, &r, &data) {
        // (Keep the data for a later attempt, as CPython does after an error.)
        state(rt, v, |b| {
            if b.wbuf.is_empty() {
                b.wbuf = data;
            }
        })?;
        return Err(e);
    }
    Ok(())
}

/// Gives back unread read-ahead by moving the raw position over it (before a write or a
/// seek of an update-mode file).
fn drop_readahead(rt: &mut Runtime, v: &Value, r: &Value) -> PyResult<()> {
    let unread = state(rt, v, |b| {
        let n = b.rbuf.len() - b.rpos;
        b.rbuf.clear();
        b.rpos = 0;
        n
    })?;
    if unread > 0 && raw::seekable(rt, r)? {
        raw::seek(rt, r, -(unread as i64), 1)?;
    }
    Ok(())
}

/// Makes sure at least one unread byte is buffered (unless at end of file); false at EOF.
fn fill(rt: &mut Runtime, v: &Value, r: &Value) -> PyResult<bool> {
    let (have, size) = state(rt, v, |b| (b.rbuf.len() > b.rpos, b.size))?;
    if have {
        return Ok(true);
    }
    flush_writes(rt, v)?;
    let mut buf = Vec::with_capacity(size);
    let got = raw::read_some(rt, r, &mut buf, size)?;
    state(rt, v, |b| {
        b.rbuf = buf;
        b.rpos = 0;
    })?;
    Ok(got > 0)
}

/// Takes up to `n` unread bytes from the read-ahead.
fn take(rt: &mut Runtime, v: &Value, n: usize) -> PyResult<Vec<u8>> {
    state(rt, v, |b| {
        let end = b.rpos.saturating_add(n).min(b.rbuf.len());
        let out = b.rbuf[b.rpos..end].to_vec();
        b.rpos = end;
        out
    })
}

/// read(n): `n` bytes (fewer at end of file); n < 0 reads to the end.
pub fn read(rt: &mut Runtime, v: &Value, n: i64) -> PyResult<Vec<u8>> {
    if is_raw(v) {
        let mut out = Vec::new();
        if n < 0 {
            raw::read_all(rt, v, &mut out)?;
        } else {
            while out.len() < n as usize {
                let want = n as usize - out.len();
                if raw::read_some(rt, v, &mut out, want)? == 0 {
                    break;
                }
            }
        }
        return Ok(out);
    }
    let r = check_readable(rt, v, "read")?;
    flush_writes(rt, v)?;
    if n < 0 {
        let mut out = take(rt, v, usize::MAX)?;
        raw::read_all(rt, &r, &mut out)?;
        return Ok(out);
    }
    let n = n as usize;
    let mut out = take(rt, v, n)?;
    let size = state(rt, v, |b| b.size)?;
    while out.len() < n {
        let want = n - out.len();
        if want >= size {
            // A large request goes straight to the raw file.
            if raw::read_some(rt, &r, &mut out, want)? == 0 {
                break;
            }
            continue;
        }
        if !fill(rt, v, &r)? {
            break;
        }
        let more = take(rt, v, want)?;
        out.extend_from_slice(&more);
    }
    Ok(out)
}

/// read1(n): buffered bytes if there are any, else at most one raw read.
pub fn read1(rt: &mut Runtime, v: &Value, n: i64) -> PyResult<Vec<u8>> {
    if is_raw(v) {
        let mut out = Vec::new();
        let n = if n < 0 {
            super::DEFAULT_BUFFER_SIZE
        } else {
            n as usize
        };
        raw::read_some(rt, v, &mut out, n)?;
        return Ok(out);
    }
    let r = check_readable(rt, v, "read")?;
    let size = state(rt, v, |b| b.size)?;
    let n = if n < 0 { size } else { n as usize };
    if n == 0 {
        return Ok(Vec::new());
    }
    let have = state(rt, v, |b| b.rbuf.len() > b.rpos)?;
    if !have {
        flush_writes(rt, v)?;
        if n >= size {
            let mut out = Vec::new();
            raw::read_some(rt, &r, &mut out, n)?;
            return Ok(out);
        }
        fill(rt, v, &r)?;
    }
    take(rt, v, n)
}

/// peek(): the read-ahead (one raw read when it is empty), not consumed.
fn peek(rt: &mut Runtime, v: &Value) -> PyResult<Vec<u8>> {
    let r = check_readable(rt, v, "peek")?;
    fill(rt, v, &r)?;
    state(rt, v, |b| b.rbuf[b.rpos..].to_vec())
}

/// readline(limit): up to and including the next b'\n'.
pub fn readline(rt: &mut Runtime, v: &Value, limit: i64) -> PyResult<Vec<u8>> {
    let r = check_readable(rt, v, "readline")?;
    flush_writes(rt, v)?;
    let mut out = Vec::new();
    loop {
        if limit >= 0 && out.len() as i64 >= limit {
            break;
        }
        if !fill(rt, v, &r)? {
            break;
        }
        let room = if limit < 0 {
            usize::MAX
        } else {
            limit as usize - out.len()
        };
        let done = state(rt, v, |b| {
            let rest = &b.rbuf[b.rpos..];
            let upto = rest.len().min(room);
            let (end, done) = match rest[..upto].iter().position(|&c| c == b'\n') {
                Some(i) => (i + 1, true),
                None => (upto, false),
            };
            out.extend_from_slice(&rest[..end]);
            b.rpos += end;
            done
        })?;
        if done {
            break;
        }
    }
    Ok(out)
}

/// write(data): buffered; the buffer goes out when it reaches the buffer size.
pub fn write(rt: &mut Runtime, v: &Value, data: &[u8]) -> PyResult<()> {
    if is_raw(v) {
        return raw::write_all(rt, v, data);
    }
    let r = check_writable(rt, v)?;
    let unread = state(rt, v, |b| b.rbuf.len() > b.rpos)?;
    if unread {
        drop_readahead(rt, v, &r)?;
    } else {
        state(rt, v, |b| {
            b.rbuf.clear();
            b.rpos = 0;
        })?;
    }
    // As CPython: what is buffered goes out first when the new data would overflow the
    // buffer; data as large as the buffer goes straight to the raw file.
    let (over, size) = state(rt, v, |b| (b.wbuf.len() + data.len() > b.size, b.size))?;
    if over {
        flush_writes(rt, v)?;
    }
    if data.len() >= size {
        return raw::write_all(rt, &r, data);
    }
    state(rt, v, |b| b.wbuf.extend_from_slice(data))?;
    Ok(())
}

/// flush(): the write buffer out, and the std sinks flushed.
pub fn flush(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    if is_raw(v) {
        raw::fileno(rt, v)?;
        raw::flush_sink(rt, v);
        return Ok(());
    }
    let op = if kind_of(rt, v)? == BufKind::Reader {
        ""
    } else {
        "flush"
    };
    let r = open_raw(rt, v, op)?;
    flush_writes(rt, v)?;
    raw::flush_sink(rt, &r);
    Ok(())
}

/// The logical position: the raw position less unread read-ahead plus pending writes.
pub fn tell(rt: &mut Runtime, v: &Value) -> PyResult<i64> {
    if is_raw(v) {
        return raw::seek(rt, v, 0, 1);
    }
    let r = open_raw(rt, v, "tell")?;
    let at = raw::seek(rt, &r, 0, 1)?;
    let (unread, pending) = state(rt, v, |b| (b.rbuf.len() - b.rpos, b.wbuf.len()))?;
    Ok((at - unread as i64 + pending as i64).max(0))
}

pub fn seek(rt: &mut Runtime, v: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    if is_raw(v) {
        return raw::seek(rt, v, pos, whence);
    }
    if !(0..=4).contains(&whence) {
        open_raw(rt, v, "seek")?;
        return Err(rt.value_error(&format!("whence value {whence} unsupported")));
    }
    let r = open_raw(rt, v, "seek")?;
    if !raw::seekable(rt, &r)? {
        return Err(super::unsupported(rt, "File or stream is not seekable."));
    }
    flush_writes(rt, v)?;
    let unread = state(rt, v, |b| {
        let n = b.rbuf.len() - b.rpos;
        b.rbuf.clear();
        b.rpos = 0;
        n
    })?;
    let pos = if whence == 1 {
        pos - unread as i64
    } else {
        pos
    };
    raw::seek(rt, &r, pos, whence)
}

pub fn truncate(rt: &mut Runtime, v: &Value, size: Option<i64>) -> PyResult<i64> {
    if is_raw(v) {
        let size = match size {
            Some(s) => s,
            None => raw::seek(rt, v, 0, 1)?,
        };
        raw::truncate(rt, v, size)?;
        return Ok(size);
    }
    let r = open_raw(rt, v, "truncate")?;
    if kind_of(rt, v)? == BufKind::Reader {
        return Err(super::unsupported(rt, "truncate"));
    }
    flush_writes(rt, v)?;
    let size = match size {
        Some(s) => s,
        None => tell(rt, v)?,
    };
    if size < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(super::os_error(rt, &e, None));
    }
    drop_readahead(rt, v, &r)?;
    raw::truncate(rt, &r, size)?;
    Ok(size)
}

/// close(): flushes, then closes the raw file (which is closed even when the flush fails).
pub fn close(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    if is_raw(v) {
        return raw::close(rt, v);
    }
    let r = attached(rt, v)?;
    if raw::is_closed(&r) {
        return Ok(());
    }
    let flushed = flush_writes(rt, v);
    let closed = raw::close(rt, &r);
    state(rt, v, |b| {
        b.rbuf = Vec::new();
        b.rpos = 0;
    })?;
    flushed?;
    closed
}

pub fn is_closed(v: &Value) -> bool {
    if is_raw(v) {
        return raw::is_closed(v);
    }
    raw_of(v).is_none_or(|r| raw::is_closed(&r))
}

/// Whether the buffered object reads / writes.
pub fn caps(v: &Value) -> (bool, bool) {
    if let Some((r, w, _)) = raw::caps(v) {
        return (r, w);
    }
    match super::with(v, |b: &mut Buffered| b.kind) {
        Some(BufKind::Reader) => (true, false),
        Some(BufKind::Writer) => (false, true),
        Some(BufKind::Random) => (true, true),
        None => (false, false),
    }
}

// ---- the Python-visible methods -----------------------------------------------------------------

/// The object a method was called on (methods always receive it).
fn me(args: &[Value]) -> &Value {
    &args[0]
}

fn m_read(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = super::size_arg(rt, args.get(1))?;
    if n < -1 {
        return Err(rt.value_error("read length must be non-negative or -1"));
    }
    let b = read(rt, me(args), n)?;
    Ok(rt.new_bytes(b))
}

fn m_read1(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = super::size_arg(rt, args.get(1))?;
    let b = read1(rt, me(args), n)?;
    Ok(rt.new_bytes(b))
}

fn m_peek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let b = peek(rt, me(args))?;
    Ok(rt.new_bytes(b))
}

fn m_readline(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = super::size_arg(rt, args.get(1))?;
    let b = readline(rt, me(args), n)?;
    Ok(rt.new_bytes(b))
}

fn m_readlines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "")?;
    let hint = super::size_arg(rt, args.get(1))?;
    super::read_lines(rt, hint, |rt| readline(rt, me(args), -1))
}

fn m_next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let l = readline(rt, me(args), -1)?;
    if l.is_empty() {
        return Err(rt.exc_with_args("StopIteration", vec![]));
    }
    Ok(rt.new_bytes(l))
}

fn m_readinto(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_readable(rt, me(args), "readinto")?;
    let target = args.get(1).cloned().unwrap_or(Value::NONE);
    let n = super::writable_len(rt, &target, "readinto() argument")?;
    let b = read(rt, me(args), n as i64)?;
    super::fill_buffer(rt, &target, &b)?;
    Ok(Value::small_int(b.len() as i64))
}

fn m_readinto1(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    check_readable(rt, me(args), "readinto")?;
    let target = args.get(1).cloned().unwrap_or(Value::NONE);
    let n = super::writable_len(rt, &target, "readinto1() argument")?;
    let b = read1(rt, me(args), n as i64)?;
    super::fill_buffer(rt, &target, &b)?;
    Ok(Value::small_int(b.len() as i64))
}

fn m_write(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "write")?;
    let data = super::bytes_arg(rt, args.get(1), "write")?;
    write(rt, me(args), &data)?;
    Ok(Value::small_int(data.len() as i64))
}

fn m_writelines(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "write")?;
    let lines = args.get(1).cloned().unwrap_or(Value::NONE);
    let it = rt.get_iter(&lines)?;
    while let Some(l) = rt.next(&it)? {
        let data = super::bytes_arg(rt, Some(&l), "write")?;
        write(rt, me(args), &data)?;
    }
    Ok(Value::NONE)
}

fn m_flush(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    flush(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_seek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let pos = raw::pos_arg(rt, args.get(1), "seek")?;
    let whence = raw::whence_arg(rt, args.get(2))?;
    let p = seek(rt, me(args), pos, whence)?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_tell(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let p = tell(rt, me(args))?;
    Ok(crate::ops::num::int_from_i64(p))
}

fn m_truncate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let size = match args.get(1) {
        Some(v) if !v.is_none() => Some(rt.index_of(v)?),
        _ => None,
    };
    let n = truncate(rt, me(args), size)?;
    Ok(crate::ops::num::int_from_i64(n))
}

fn m_close(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_detach(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    attached(rt, me(args))?;
    flush_writes(rt, me(args))?;
    let r = state(rt, me(args), |b| std::mem::replace(&mut b.raw, Value::NONE))?;
    Ok(r)
}

fn m_fileno(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = open_raw(rt, me(args), "fileno")?;
    Ok(Value::small_int(raw::fileno(rt, &r)? as i64))
}

fn m_isatty(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = open_raw(rt, me(args), "isatty")?;
    Ok(Value::bool(raw::isatty(rt, &r)?))
}

fn m_readable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "readable")?;
    Ok(Value::bool(caps(me(args)).0))
}

fn m_writable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "writable")?;
    Ok(Value::bool(caps(me(args)).1))
}

fn m_seekable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = open_raw(rt, me(args), "seekable")?;
    Ok(Value::bool(raw::seekable(rt, &r)?))
}

fn m_enter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "")?;
    Ok(me(args).clone())
}

fn m_exit(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    close(rt, me(args))?;
    Ok(Value::NONE)
}

fn m_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    open_raw(rt, me(args), "")?;
    Ok(me(args).clone())
}

fn type_label(v: &Value) -> &'static str {
    match super::with(v, |b: &mut Buffered| b.kind) {
        Some(BufKind::Writer) => "_io.BufferedWriter",
        Some(BufKind::Random) => "_io.BufferedRandom",
        _ => "_io.BufferedReader",
    }
}

fn m_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let label = type_label(me(args));
    match raw_of(me(args)).and_then(|r| raw::name_of(&r)) {
        Some(n) => {
            let n = rt.repr_string(&n)?;
            Ok(rt.new_string(format!("<{label} name={n}>")))
        }
        None => Ok(rt.new_string(format!("<{label}>"))),
    }
}

fn g_attr(rt: &mut Runtime, args: &[Value], which: &str) -> PyResult {
    let v = me(args);
    if which == "raw" {
        return state(rt, v, |b| b.raw.clone());
    }
    let r = attached(rt, v)?;
    match which {
        "closed" => Ok(Value::bool(raw::is_closed(&r))),
        _ => rt.getattr(&r, which),
    }
}

/// `BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)` and its siblings, over a FileIO.
fn new_of(rt: &mut Runtime, args: &[Value], kw: Kw, kind: BufKind, who: &str) -> PyResult {
    super::super::need_cls(rt, args, "__new__")?;
    let native = match kind {
        BufKind::Reader => &rt.types.buffered_reader,
        BufKind::Writer => &rt.types.buffered_writer,
        BufKind::Random => &rt.types.buffered_random,
    };
    if !args[0].is(native) {
        return Err(rt.not_implemented_error(&format!(
            "subclasses of the native _io.{who} (subclass io.{who} instead)"
        )));
    }
    let p = super::super::parse_args(rt, who, &args[1..], kw, &["raw", "buffer_size"], 0, 2, 1)?;
    let r = p[0].clone().unwrap_or(Value::NONE);
    if !super::is::<RawFile>(&r) {
        return Err(rt.not_implemented_error(&format!(
            "Molt's native {who} wraps a FileIO; io.{who} (lib/io.py) wraps other raw streams"
        )));
    }
    let (readable, writable, _) = raw::caps(&r).unwrap_or((false, false, false));
    if kind != BufKind::Writer && !readable {
        return Err(super::unsupported(rt, "File or stream is not readable."));
    }
    if kind != BufKind::Reader && !writable {
        return Err(super::unsupported(rt, "File or stream is not writable."));
    }
    let size = match &p[1] {
        Some(v) => {
            let n = rt.index_of(v)?;
            if n <= 0 {
                return Err(rt.value_error("buffer size must be strictly positive"));
            }
            n as usize
        }
        None => super::DEFAULT_BUFFER_SIZE,
    };
    Ok(new_buffered(rt, r, kind, size))
}

pub fn register(rt: &mut Runtime) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", m_read),
        ("read1", m_read1),
        ("readline", m_readline),
        ("readlines", m_readlines),
        ("readinto", m_readinto),
        ("readinto1", m_readinto1),
        ("write", m_write),
        ("writelines", m_writelines),
        ("flush", m_flush),
        ("seek", m_seek),
        ("tell", m_tell),
        ("truncate", m_truncate),
        ("close", m_close),
        ("detach", m_detach),
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
    let news: [(Value, &'static str, NativeFn); 3] = [
        (
            rt.types.buffered_reader.clone(),
            "BufferedReader",
            |rt, a, k| new_of(rt, a, k, BufKind::Reader, "BufferedReader"),
        ),
        (
            rt.types.buffered_writer.clone(),
            "BufferedWriter",
            |rt, a, k| new_of(rt, a, k, BufKind::Writer, "BufferedWriter"),
        ),
        (
            rt.types.buffered_random.clone(),
            "BufferedRandom",
            |rt, a, k| new_of(rt, a, k, BufKind::Random, "BufferedRandom"),
        ),
    ];
    for (t, owner, new) in news {
        super::super::reg(rt, &t, owner, methods);
        if owner != "BufferedWriter" {
            super::super::reg(rt, &t, owner, &[("peek", m_peek)]);
        }
        let m = rt.new_method(owner, "__new__", new);
        crate::exceptions::set_type_attr(rt, &t, "__new__", m);
        super::getters(
            rt,
            &t,
            owner,
            &[
                ("raw", |rt, a, _| g_attr(rt, a, "raw")),
                ("name", |rt, a, _| g_attr(rt, a, "name")),
                ("mode", |rt, a, _| g_attr(rt, a, "mode")),
                ("closed", |rt, a, _| g_attr(rt, a, "closed")),
            ],
        );
        super::set_module(rt, &t);
    }
}

/// Closes a buffered object without a runtime (a text wrapper being freed): its pending
/// writes go out and its raw file is closed.
pub fn close_quietly(v: &Value) {
    if is_raw(v) {
        raw::close_quietly(v, &[]);
        return;
    }
    let data = super::with(v, |b: &mut Buffered| {
        (std::mem::take(&mut b.wbuf), b.raw.clone())
    });
    if let Some((data, r)) = data {
        raw::close_quietly(&r, &data);
    }
}

/// Whether `v` is a FileIO: the text layer may sit right on one (unbuffered std streams,
/// `TextIOWrapper(FileIO(...))`), and the functions the text layer calls here then act on
/// the raw file directly.
fn is_raw(v: &Value) -> bool {
    super::is::<RawFile>(v)
}

/// Whether `v` is one of the native buffered objects.
pub fn is_buffered(v: &Value) -> bool {
    super::is::<Buffered>(v)
}
