//! `_os`: the operating-system primitives under lib/os.py (CPython's `posix` module's job).
//! Functions take already-checked simple arguments (lib/os.py handles keywords, PathLike
//! objects and result types such as `stat_result`) and return plain tuples and lists; a
//! failing call raises the OSError subclass CPython raises, with errno, strerror and the
//! file name(s).

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirEntryExt, FileTypeExt, MetadataExt};
use std::path::Path;

use super::libc_sys as sys;
use crate::object::{Kind, PyResult};
use crate::ops::num::{int_from_big, int_from_i64};
use crate::types::codecs::{decode_bytes, encode_str};
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

/// A path argument as bytes, and whether the caller passed bytes (results then are bytes).
struct PathArg {
    bytes: Vec<u8>,
    is_bytes: bool,
    orig: Value,
}

impl PathArg {
    fn path(&self) -> &Path {
        Path::new(std::ffi::OsStr::from_bytes(&self.bytes))
    }
}

fn path_arg(rt: &mut Runtime, fname: &str, v: &Value) -> PyResult<PathArg> {
    let mut cur = v.clone();
    for _ in 0..2 {
        match cur.kind() {
            Some(Kind::Str(s)) => {
                let s = s.s.as_str().to_owned();
                let bytes = encode_str(rt, &s, "utf-8", "surrogateescape")?;
                if bytes.contains(&0) {
                    return Err(
                        rt.value_error(&format!("{fname}: embedded null character in path"))
                    );
                }
                return Ok(PathArg {
                    bytes,
                    is_bytes: false,
                    orig: v.clone(),
                });
            }
            Some(Kind::Bytes(b)) => {
                if b.contains(&0) {
                    return Err(
                        rt.value_error(&format!("{fname}: embedded null character in path"))
                    );
                }
                return Ok(PathArg {
                    bytes: b.to_vec(),
                    is_bytes: true,
                    orig: v.clone(),
                });
            }
            _ => {}
        }
        if let Some(p) = crate::typeobj::builtin_payload(&cur).cloned() {
            if matches!(p.kind(), Some(Kind::Str(_)) | Some(Kind::Bytes(_))) {
                cur = p;
                continue;
            }
        }
        match rt.call_dunder(&cur, "__fspath__", &[])? {
            Some(r) if matches!(r.kind(), Some(Kind::Str(_)) | Some(Kind::Bytes(_))) => cur = r,
            Some(r) => {
                let (tn, rn) = (rt.type_name(&cur), rt.type_name(&r));
                return Err(rt.type_error(&format!(
                    "expected {tn}.__fspath__() to return str or bytes, not {rn}"
                )));
            }
            None => break,
        }
    }
    let tn = rt.type_name(v);
    Err(rt.type_error(&format!(
        "{fname}: path should be string, bytes or os.PathLike, not {tn}"
    )))
}

/// The OSError (errno subclass) for `e`, naming one or two files.
fn os_err(
    rt: &mut Runtime,
    e: &std::io::Error,
    f1: Option<&Value>,
    f2: Option<&Value>,
) -> crate::object::Exc {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = sys::strerror(errno as i32);
    let text = if errno == 0 { e.to_string() } else { text };
    let cls = rt.exc_type("OSError");
    let mut args = vec![Value::small_int(errno), rt.new_string(text)];
    if let Some(f) = f1 {
        args.push(f.clone());
        if let Some(f2) = f2 {
            args.push(Value::small_int(0));
            args.push(f2.clone());
        }
    }
    match rt.call(&cls, &args, &[]) {
        Ok(v) => crate::object::Exc(v),
        Err(e) => e,
    }
}

fn name_value(rt: &mut Runtime, raw: &[u8], as_bytes: bool) -> PyResult {
    if as_bytes {
        Ok(rt.new_bytes(raw.to_vec()))
    } else {
        let s = decode_bytes(rt, raw, "utf-8", "surrogateescape")?;
        Ok(rt.new_string(s))
    }
}

fn arg<'a>(rt: &mut Runtime, args: &'a [Value], i: usize, fname: &str) -> PyResult<&'a Value> {
    match args.get(i) {
        Some(v) => Ok(v),
        None => Err(rt.type_error(&format!("{fname}() missing required argument {}", i + 1))),
    }
}

fn int_arg(rt: &mut Runtime, args: &[Value], i: usize, fname: &str) -> PyResult<i64> {
    let v = arg(rt, args, i, fname)?.clone();
    rt.index_of(&v)
}

fn u(v: u64) -> Value {
    if v <= i64::MAX as u64 {
        int_from_i64(v as i64)
    } else {
        int_from_big(v.into())
    }
}

fn ns(secs: i64, nsec: i64) -> Value {
    int_from_big(num_bigint::BigInt::from(secs) * 1_000_000_000 + nsec)
}

/// (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)
fn stat_tuple(rt: &Runtime, m: &std::fs::Metadata) -> Value {
    rt.new_tuple(vec![
        u(m.mode() as u64),
        u(m.ino()),
        u(m.dev()),
        u(m.nlink()),
        u(m.uid() as u64),
        u(m.gid() as u64),
        u(m.size()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        u(m.blksize()),
        u(m.blocks()),
        u(m.rdev()),
    ])
}

/// `_os.stat(path_or_fd, follow_symlinks)`.
fn stat(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let target = arg(rt, args, 0, "stat")?.clone();
    let follow = match args.get(1) {
        Some(f) => rt.truthy(f)?,
        None => true,
    };
    if crate::ops::num::is_int(&target) && !target.is_bool() {
        let fd = rt.index_of(&target)? as i32;
        let st = sys::fstat_mode(fd).map_err(|e| os_err(rt, &e, None, None))?;
        return Ok(rt.new_tuple(vec![
            u(st.st_mode as u64),
            u(st.st_ino),
            u(st.st_dev),
            u(st.st_nlink),
            u(st.st_uid as u64),
            u(st.st_gid as u64),
            u(st.st_size as u64),
            ns(st.st_atime, st.st_atime_nsec),
            ns(st.st_mtime, st.st_mtime_nsec),
            ns(st.st_ctime, st.st_ctime_nsec),
            u(st.st_blksize as u64),
            u(st.st_blocks as u64),
            u(st.st_rdev),
        ]));
    }
    let p = path_arg(rt, "stat", &target)?;
    let r = if follow {
        std::fs::metadata(p.path())
    } else {
        std::fs::symlink_metadata(p.path())
    };
    match r {
        Ok(m) => Ok(stat_tuple(rt, &m)),
        Err(e) => Err(os_err(rt, &e, Some(&p.orig), None)),
    }
}

fn dir_arg(rt: &mut Runtime, args: &[Value], fname: &str) -> PyResult<PathArg> {
    match args.first().filter(|v| !v.is_none()) {
        Some(v) => path_arg(rt, fname, v),
        None => Ok(PathArg {
            bytes: b".".to_vec(),
            is_bytes: false,
            orig: rt.new_str("."),
        }),
    }
}

/// `_os.listdir(path)`: names in directory order, bytes for a bytes path.
fn listdir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let p = dir_arg(rt, args, "listdir")?;
    let rd = std::fs::read_dir(p.path()).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
        let v = name_value(rt, ent.file_name().as_bytes(), p.is_bytes)?;
        out.push(v);
    }
    Ok(rt.new_list(out))
}

/// `_os.scandir(path)`: a list of (name, path, kind, inode) with kind 'd', 'f', 'l' or 'o'
/// from the directory entry's type (no stat call), as CPython's DirEntry caches it.
fn scandir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let p = dir_arg(rt, args, "scandir")?;
    let rd = std::fs::read_dir(p.path()).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    let mut out = Vec::new();
    let given = args.first().is_some_and(|v| !v.is_none());
    for ent in rd {
        let ent = ent.map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
        let raw = ent.file_name();
        let name = name_value(rt, raw.as_bytes(), p.is_bytes)?;
        let mut full = p.bytes.clone();
        if !given {
            full = b"./".to_vec();
        } else if !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(raw.as_bytes());
        let path = name_value(rt, &full, p.is_bytes)?;
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            Ok(t) if t.is_fifo() || t.is_socket() || t.is_block_device() || t.is_char_device() => {
                "o"
            }
            _ => "?",
        };
        let kind = rt.new_str(kind);
        out.push(rt.new_tuple(vec![name, path, kind, u(ent.ino())]));
    }
    Ok(rt.new_list(out))
}

fn getcwd(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let as_bytes = args
        .first()
        .is_some_and(|v| !v.is_none() && rt.truthy(v).unwrap_or(false));
    match std::env::current_dir() {
        Ok(p) => name_value(rt, p.as_os_str().as_bytes(), as_bytes),
        Err(e) => Err(os_err(rt, &e, None, None)),
    }
}

fn one_path_op(
    rt: &mut Runtime,
    args: &[Value],
    fname: &str,
    op: impl FnOnce(&Path) -> std::io::Result<()>,
) -> PyResult {
    let v = arg(rt, args, 0, fname)?.clone();
    let p = path_arg(rt, fname, &v)?;
    op(p.path()).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    Ok(Value::NONE)
}

fn two_path_op(
    rt: &mut Runtime,
    args: &[Value],
    fname: &str,
    op: impl FnOnce(&Path, &Path) -> std::io::Result<()>,
) -> PyResult {
    let a = arg(rt, args, 0, fname)?.clone();
    let b = arg(rt, args, 1, fname)?.clone();
    let pa = path_arg(rt, fname, &a)?;
    let pb = path_arg(rt, fname, &b)?;
    op(pa.path(), pb.path()).map_err(|e| os_err(rt, &e, Some(&pa.orig), Some(&pb.orig)))?;
    Ok(Value::NONE)
}

fn chdir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    one_path_op(rt, args, "chdir", |p| std::env::set_current_dir(p))
}

fn mkdir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mode = match args.get(1) {
        Some(m) => rt.index_of(m)? as u32,
        None => 0o777,
    };
    one_path_op(rt, args, "mkdir", |p| {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(p)
    })
}

fn rmdir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    one_path_op(rt, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn remove(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    one_path_op(rt, args, "remove", |p| {
        // unlink(2) refuses directories with EISDIR; std's remove_file does the same.
        std::fs::remove_file(p)
    })
}

fn rename(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    two_path_op(rt, args, "rename", |a, b| std::fs::rename(a, b))
}

fn symlink(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    two_path_op(rt, args, "symlink", |a, b| std::os::unix::fs::symlink(a, b))
}

fn link(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    two_path_op(rt, args, "link", |a, b| std::fs::hard_link(a, b))
}

fn readlink(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "readlink")?.clone();
    let p = path_arg(rt, "readlink", &v)?;
    match std::fs::read_link(p.path()) {
        Ok(t) => name_value(rt, t.as_os_str().as_bytes(), p.is_bytes),
        Err(e) => Err(os_err(rt, &e, Some(&p.orig), None)),
    }
}

fn realpath_c(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "realpath")?.clone();
    let p = path_arg(rt, "realpath", &v)?;
    match std::fs::canonicalize(p.path()) {
        Ok(t) => name_value(rt, t.as_os_str().as_bytes(), p.is_bytes),
        Err(e) => Err(os_err(rt, &e, Some(&p.orig), None)),
    }
}

fn chmod(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mode = int_arg(rt, args, 1, "chmod")? as u32;
    let follow = match args.get(2) {
        Some(f) => rt.truthy(f)?,
        None => true,
    };
    let v = arg(rt, args, 0, "chmod")?.clone();
    let p = path_arg(rt, "chmod", &v)?;
    sys::chmod(&p.bytes, mode, follow).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    Ok(Value::NONE)
}

/// `_os.utime(path, (atime_ns, mtime_ns) or None, follow_symlinks)`.
fn utime(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "utime")?.clone();
    let p = path_arg(rt, "utime", &v)?;
    let times = match args.get(1).filter(|t| !t.is_none()) {
        Some(t) => {
            let items = rt.to_vec(t)?;
            if items.len() != 2 {
                return Err(rt.type_error("utime: 'ns' must be a tuple of two ints"));
            }
            Some((rt.index_of(&items[0])?, rt.index_of(&items[1])?))
        }
        None => None,
    };
    let follow = match args.get(2) {
        Some(f) => rt.truthy(f)?,
        None => true,
    };
    sys::utime(&p.bytes, times, follow).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    Ok(Value::NONE)
}

fn access(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "access")?.clone();
    let p = path_arg(rt, "access", &v)?;
    let mode = int_arg(rt, args, 1, "access")? as i32;
    Ok(Value::bool(sys::access(&p.bytes, mode)))
}

fn getpid(_rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(int_from_i64(std::process::id() as i64))
}

fn ids(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(rt.new_tuple(vec![
        int_from_i64(sys::getppid()),
        int_from_i64(sys::getuid()),
        int_from_i64(sys::geteuid()),
        int_from_i64(sys::getgid()),
        int_from_i64(sys::getegid()),
    ]))
}

fn umask(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = int_arg(rt, args, 0, "umask")?;
    Ok(int_from_i64(sys::umask(m as u32) as i64))
}

fn kill(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let pid = int_arg(rt, args, 0, "kill")?;
    let sig = int_arg(rt, args, 1, "kill")? as i32;
    sys::kill(pid, sig).map_err(|e| os_err(rt, &e, None, None))?;
    // A signal this process sent itself and handles in Python is handled before kill()
    // returns, as in CPython (the interpreter runs on its own thread, so the signal may
    // land on another one a moment later).
    let handled = rt
        .signal_handlers
        .get(&sig)
        .is_some_and(|h| !crate::ops::num::is_int(h));
    if pid == std::process::id() as i64 && handled {
        let start = std::time::Instant::now();
        while !super::signals::pending() && start.elapsed() < std::time::Duration::from_millis(100)
        {
            std::thread::yield_now();
        }
        super::signals::run_pending(rt)?;
    }
    Ok(Value::NONE)
}

fn exit_now(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let code = int_arg(rt, args, 0, "_exit")?;
    let _ = std::io::Write::flush(&mut rt.stdout);
    sys::exit_now(code as i32)
}

fn urandom(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = int_arg(rt, args, 0, "urandom")?;
    if n < 0 {
        return Err(rt.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_err(rt, &e, None, None))?;
    Ok(rt.new_bytes(buf))
}

fn strerror(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let code = int_arg(rt, args, 0, "strerror")?;
    let s = if (0..4096).contains(&code) {
        sys::strerror(code as i32)
    } else {
        format!("Unknown error {code}")
    };
    Ok(rt.new_string(s))
}

/// The process environment as a list of (key, value) str pairs (surrogateescape-decoded).
fn environ(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = name_value(rt, k.as_bytes(), false)?;
        let v = name_value(rt, v.as_bytes(), false)?;
        out.push(rt.new_tuple(vec![k, v]));
    }
    Ok(rt.new_list(out))
}

fn env_text(rt: &mut Runtime, v: &Value, fname: &str) -> PyResult<std::ffi::OsString> {
    let b = match v.kind() {
        Some(Kind::Str(s)) => {
            let s = s.s.as_str().to_owned();
            encode_str(rt, &s, "utf-8", "surrogateescape")?
        }
        Some(Kind::Bytes(b)) => b.to_vec(),
        _ => {
            let tn = rt.type_name(v);
            return Err(rt.type_error(&format!("{fname}: expected str, got {tn}")));
        }
    };
    if b.contains(&0) {
        return Err(rt.value_error("embedded null byte"));
    }
    Ok(std::ffi::OsStr::from_bytes(&b).to_owned())
}

fn putenv(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let k = arg(rt, args, 0, "putenv")?.clone();
    let v = arg(rt, args, 1, "putenv")?.clone();
    let k = env_text(rt, &k, "putenv")?;
    let v = env_text(rt, &v, "putenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(rt.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let k = arg(rt, args, 0, "unsetenv")?.clone();
    let k = env_text(rt, &k, "unsetenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(rt.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::NONE)
}

fn get_terminal_size(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = match args.first() {
        Some(v) => rt.index_of(v)? as i32,
        None => 1,
    };
    let (c, l) = sys::terminal_size(fd).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(rt.new_tuple(vec![Value::small_int(c as i64), Value::small_int(l as i64)]))
}

fn cpu_count(_rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::small_int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

fn isatty_fn(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "isatty")? as i32;
    Ok(Value::bool(sys::isatty(fd)))
}

/// Whether file descriptor `fd` is a terminal.
pub fn isatty(fd: i32) -> bool {
    sys::isatty(fd)
}

fn fd_open(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "open")?.clone();
    let p = path_arg(rt, "open", &v)?;
    let flags = int_arg(rt, args, 1, "open")? as i32;
    let mode = match args.get(2) {
        Some(m) => rt.index_of(m)? as u32,
        None => 0o777,
    };
    // (A fourth argument: the dir_fd the path is relative to.)
    let r = match args.get(3).filter(|d| !d.is_none()) {
        Some(d) => {
            let d = rt.index_of(d)? as i32;
            sys::openat(d, &p.bytes, flags, mode)
        }
        None => sys::open(&p.bytes, flags, mode),
    };
    let fd = r.map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    Ok(Value::small_int(fd as i64))
}

fn fd_read(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "read")? as i32;
    let n = int_arg(rt, args, 1, "read")?;
    if n < 0 {
        return Err(os_err(
            rt,
            &std::io::Error::from_raw_os_error(22),
            None,
            None,
        ));
    }
    let b = sys::read(fd, n as usize).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(rt.new_bytes(b))
}

fn fd_write(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "write")? as i32;
    let data = arg(rt, args, 1, "write")?.clone();
    let Some(b) = crate::types::bytes_like(&data) else {
        let tn = rt.type_name(&data);
        return Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")));
    };
    if fd == 1 || fd == 2 {
        let _ = std::io::Write::flush(&mut rt.stdout);
    }
    let n = sys::write(fd, &b).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::small_int(n as i64))
}

fn fd_close(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "close")? as i32;
    sys::close(fd).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::NONE)
}

fn lseek(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "lseek")? as i32;
    let pos = int_arg(rt, args, 1, "lseek")?;
    let how = int_arg(rt, args, 2, "lseek")? as i32;
    let r = sys::lseek(fd, pos, how).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(int_from_i64(r))
}

fn pipe(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let (r, w) = sys::pipe().map_err(|e| os_err(rt, &e, None, None))?;
    Ok(rt.new_tuple(vec![Value::small_int(r as i64), Value::small_int(w as i64)]))
}

fn dup(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "dup")? as i32;
    let r = sys::dup(fd).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::small_int(r as i64))
}

fn dup2(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "dup2")? as i32;
    let fd2 = int_arg(rt, args, 1, "dup2")? as i32;
    let r = sys::dup2(fd, fd2).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::small_int(r as i64))
}

fn fsync(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "fsync")? as i32;
    sys::fsync(fd).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::NONE)
}

fn ftruncate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let fd = int_arg(rt, args, 0, "ftruncate")? as i32;
    let len = int_arg(rt, args, 1, "ftruncate")?;
    sys::ftruncate(fd, len).map_err(|e| os_err(rt, &e, None, None))?;
    Ok(Value::NONE)
}

fn uname(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let parts: Vec<Value> = sys::uname().iter().map(|s| rt.new_str(s)).collect();
    Ok(rt.new_tuple(parts))
}

fn times(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let t: Vec<Value> = sys::times().iter().map(|&f| Value::float(f)).collect();
    Ok(rt.new_tuple(t))
}

fn getloadavg(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let l = sys::getloadavg().map_err(|e| rt.new_exc("OSError", &e.to_string()))?;
    Ok(rt.new_tuple(l.iter().map(|&f| Value::float(f)).collect()))
}

fn statvfs(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "statvfs")?.clone();
    let p = path_arg(rt, "statvfs", &v)?;
    let s = sys::statvfs(&p.bytes).map_err(|e| os_err(rt, &e, Some(&p.orig), None))?;
    Ok(rt.new_tuple(s.iter().map(|&x| u(x)).collect()))
}

/// `_os.fspath(p)`: str/bytes unchanged, else `__fspath__()` checked (os.fspath's rules).
fn fspath(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "fspath")?.clone();
    crate::types::io::raw::fspath(rt, &v)
}

/// `_os.system(command)`: runs it through /bin/sh and returns the wait status.
fn system(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = arg(rt, args, 0, "system")?.clone();
    let p = path_arg(rt, "system", &v)?;
    let _ = std::io::Write::flush(&mut rt.stdout);
    let st = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(std::ffi::OsStr::from_bytes(&p.bytes))
        .status()
        .map_err(|e| os_err(rt, &e, None, None))?;
    use std::os::unix::process::ExitStatusExt;
    Ok(int_from_i64(st.into_raw() as i64))
}

/// Ends the process by signal `sig` (see `libc_sys::die_by_signal`).
pub fn die_by_signal(sig: i32) -> ! {
    sys::die_by_signal(sig)
}

/// The capability an `_os` function needs, if any (see crate::sandbox).
fn capability_of(name: &str) -> Option<&'static str> {
    match name {
        "stat" | "listdir" | "scandir" | "getcwd" | "chdir" | "mkdir" | "rmdir" | "remove"
        | "rename" | "symlink" | "link" | "readlink" | "realpath" | "chmod" | "utime"
        | "access" | "open" | "statvfs" => Some("file system access"),
        "environ" | "putenv" | "unsetenv" => Some("environment access"),
        "system" | "kill" | "_exit" => Some("process control"),
        _ => None,
    }
}

fn denied_fs(rt: &mut Runtime, _: &[Value], _: Kw) -> PyResult {
    Err(rt.denied("file system access"))
}
fn denied_env(rt: &mut Runtime, _: &[Value], _: Kw) -> PyResult {
    Err(rt.denied("environment access"))
}
fn denied_process(rt: &mut Runtime, _: &[Value], _: Kw) -> PyResult {
    Err(rt.denied("process control"))
}

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "_os");
    let caps = rt.sandbox.caps;
    let fns: Vec<(&'static str, crate::object::NativeFn)> = OS_FUNCTIONS
        .iter()
        .map(|&(n, f)| {
            let f: crate::object::NativeFn = match capability_of(n) {
                Some("file system access") if !caps.filesystem => denied_fs,
                Some("environment access") if !caps.environment => denied_env,
                Some("process control") if !caps.subprocess => denied_process,
                _ => f,
            };
            (n, f)
        })
        .collect();
    super::add_functions(rt, &m, &fns);
    m
}

/// The functions of `_os`.
const OS_FUNCTIONS: &[(&str, crate::object::NativeFn)] = &[
    ("stat", stat),
    ("listdir", listdir),
    ("scandir", scandir),
    ("getcwd", getcwd),
    ("chdir", chdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("rename", rename),
    ("symlink", symlink),
    ("link", link),
    ("readlink", readlink),
    ("realpath", realpath_c),
    ("chmod", chmod),
    ("utime", utime),
    ("access", access),
    ("getpid", getpid),
    ("ids", ids),
    ("umask", umask),
    ("kill", kill),
    ("_exit", exit_now),
    ("urandom", urandom),
    ("strerror", strerror),
    ("environ", environ),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("get_terminal_size", get_terminal_size),
    ("cpu_count", cpu_count),
    ("isatty", isatty_fn),
    ("open", fd_open),
    ("read", fd_read),
    ("write", fd_write),
    ("close", fd_close),
    ("lseek", lseek),
    ("pipe", pipe),
    ("dup", dup),
    ("dup2", dup2),
    ("fsync", fsync),
    ("ftruncate", ftruncate),
    ("uname", uname),
    ("times", times),
    ("getloadavg", getloadavg),
    ("statvfs", statvfs),
    ("fspath", fspath),
    ("system", system),
];
