//! Safe wrappers over the few C library calls that `os` and `time` need and Rust's std does
//! not offer (process ids, umask, terminal size, raw file descriptors, broken-down time).
//! This is the one `unsafe` corner of those modules.
//!
//! Invariants relied on: every call passes pointers to live, properly sized and initialised
//! Rust locals (a `libc::tm`, a `libc::winsize`, byte buffers with their true lengths, and
//! NUL-terminated `CString`s), and the C functions called only write within those bounds;
//! none of them keeps a pointer after returning. Failures are reported through the return
//! value and errno, which `std::io::Error::last_os_error()` reads immediately afterwards.

use std::ffi::CString;
use std::io;

/// Broken-down time, the fields of C's `struct tm` plus the zone name.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    pub zone: String,
}

fn from_c(tm: &libc::tm) -> Tm {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone, when set by localtime_r/gmtime_r, points at a NUL-terminated
        // static string owned by the C library.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Tm {
        year: tm.tm_year as i64 + 1900,
        mon: tm.tm_mon + 1,
        mday: tm.tm_mday,
        hour: tm.tm_hour,
        min: tm.tm_min,
        sec: tm.tm_sec,
        wday: (tm.tm_wday + 6) % 7,
        yday: tm.tm_yday + 1,
        isdst: tm.tm_isdst,
        gmtoff: tm.tm_gmtoff,
        zone,
    }
}

fn to_c(t: &Tm) -> libc::tm {
    // SAFETY: libc::tm is a plain C struct for which all-zero bytes are a valid value
    // (the zone pointer becomes NULL).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (t.year - 1900) as i32;
    tm.tm_mon = t.mon - 1;
    tm.tm_mday = t.mday;
    tm.tm_hour = t.hour;
    tm.tm_min = t.min;
    tm.tm_sec = t.sec;
    tm.tm_wday = (t.wday + 1) % 7;
    tm.tm_yday = t.yday - 1;
    tm.tm_isdst = t.isdst;
    tm.tm_gmtoff = t.gmtoff;
    tm
}

/// `localtime_r` (`utc = false`) or `gmtime_r`; None when the time is out of range.
pub fn broken_down(secs: i64, utc: bool) -> Option<Tm> {
    let t: libc::time_t = secs;
    // SAFETY: see the module invariant; `out` is a live local the call fills in.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    let r = unsafe {
        if utc {
            libc::gmtime_r(&t, &mut out)
        } else {
            libc::localtime_r(&t, &mut out)
        }
    };
    if r.is_null() {
        None
    } else {
        Some(from_c(&out))
    }
}

/// `mktime`: seconds since the epoch for a local broken-down time (None on failure).
pub fn mktime(t: &Tm) -> Option<i64> {
    let mut tm = to_c(t);
    tm.tm_wday = -1;
    // SAFETY: `tm` is a live local; mktime normalises it in place.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        None
    } else {
        Some(r)
    }
}

/// `strftime` with growing buffers (as CPython does), the format's NULs already refused.
pub fn strftime(fmt: &str, t: &Tm) -> String {
    let Ok(cfmt) = CString::new(fmt) else {
        return String::new();
    };
    let mut tm = to_c(t);
    let zone = CString::new(t.zone.clone()).unwrap_or_default();
    tm.tm_zone = zone.as_ptr() as *mut libc::c_char;
    let mut size = 1024usize.max(fmt.len() * 4);
    while size <= 256 * fmt.len().max(4) + 1024 {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; cfmt and zone outlive the call.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || fmt.is_empty() {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 4;
    }
    String::new()
}

/// `tzset()` then (timezone, altzone, daylight, tzname[0], tzname[1]) as CPython computes
/// them: from the offsets of January and July of the current year.
pub fn tz_info(now: i64) -> (i64, i64, bool, String, String) {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset (POSIX <time.h>, no arguments) only reads the TZ environment variable
    // and updates the C library's zone state.
    unsafe { tzset() };
    let year_start = now - now.rem_euclid(365 * 86400);
    let jan = broken_down(year_start, false).unwrap_or_default();
    let jul = broken_down(year_start + 182 * 86400, false).unwrap_or_default();
    let (jz, jo) = (jan.zone.clone(), -jan.gmtoff);
    let (uz, uo) = (jul.zone.clone(), -jul.gmtoff);
    if jo < uo {
        // Southern hemisphere: daylight time in January.
        (uo, jo, jo != uo, uz, jz)
    } else {
        (jo, uo, jo != uo, jz, uz)
    }
}

pub fn getppid() -> i64 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::getppid() as i64 }
}
pub fn getuid() -> i64 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::getuid() as i64 }
}
pub fn geteuid() -> i64 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::geteuid() as i64 }
}
pub fn getgid() -> i64 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::getgid() as i64 }
}
pub fn getegid() -> i64 {
    // SAFETY: no arguments, cannot fail.
    unsafe { libc::getegid() as i64 }
}
pub fn umask(mask: u32) -> u32 {
    // SAFETY: plain integer argument.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

fn check(r: i64) -> io::Result<i64> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn cpath(p: &[u8]) -> io::Result<CString> {
    CString::new(p).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))
}

pub fn kill(pid: i64, sig: i32) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::kill(pid as libc::pid_t, sig) } as i64).map(|_| ())
}

pub fn access(path: &[u8], mode: i32) -> bool {
    let Ok(c) = cpath(path) else { return false };
    // SAFETY: `c` is a NUL-terminated string alive for the call.
    unsafe { libc::access(c.as_ptr(), mode) == 0 }
}

pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain integer argument; an invalid fd just returns 0.
    unsafe { libc::isatty(fd) == 1 }
}

/// (columns, lines) of the terminal on `fd`.
pub fn terminal_size(fd: i32) -> io::Result<(u16, u16)> {
    // SAFETY: `ws` is a live local winsize that TIOCGWINSZ fills in.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    check(r as i64)?;
    Ok((ws.ws_col, ws.ws_row))
}

pub fn open(path: &[u8], flags: i32, mode: u32) -> io::Result<i32> {
    let c = cpath(path)?;
    // SAFETY: `c` is a NUL-terminated string alive for the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    check(fd as i64).map(|f| f as i32)
}

/// open(2) relative to the directory open on `dir_fd` (openat).
pub fn openat(dir_fd: i32, path: &[u8], flags: i32, mode: u32) -> io::Result<i32> {
    let c = cpath(path)?;
    // SAFETY: `c` is a NUL-terminated string alive for the call.
    let fd = unsafe {
        libc::openat(
            dir_fd,
            c.as_ptr(),
            flags | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    };
    check(fd as i64).map(|f| f as i32)
}

pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has `n` writable bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n) };
    let r = check(r as i64)? as usize;
    buf.truncate(r);
    Ok(buf)
}

pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is a live slice of the given length.
    let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
    check(r as i64).map(|n| n as usize)
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing an fd the program names; Molt's own file objects own theirs through
    // std::fs::File and never hand the number out.
    check(unsafe { libc::close(fd) } as i64).map(|_| ())
}

pub fn lseek(fd: i32, pos: i64, how: i32) -> io::Result<i64> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::lseek(fd, pos as libc::off_t, how) } as i64)
}

pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } as i64)?;
    Ok((fds[0], fds[1]))
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) } as i64).map(|f| f as i32)
}

pub fn dup2(fd: i32, fd2: i32) -> io::Result<i32> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::dup2(fd, fd2) } as i64).map(|f| f as i32)
}

pub fn fsync(fd: i32) -> io::Result<()> {
    // SAFETY: plain integer argument.
    check(unsafe { libc::fsync(fd) } as i64).map(|_| ())
}

pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: plain integer arguments.
    check(unsafe { libc::ftruncate(fd, len as libc::off_t) } as i64).map(|_| ())
}

pub fn fstat_mode(fd: i32) -> io::Result<libc::stat> {
    // SAFETY: `st` is a live local stat buffer that fstat fills in.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstat(fd, &mut st) } as i64)?;
    Ok(st)
}

pub fn uname() -> [String; 5] {
    // SAFETY: `u` is a live local utsname that uname fills with NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    unsafe { libc::uname(&mut u) };
    let f = |a: &[libc::c_char]| {
        let b: Vec<u8> = a
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&b).into_owned()
    };
    [
        f(&u.sysname),
        f(&u.nodename),
        f(&u.release),
        f(&u.version),
        f(&u.machine),
    ]
}

/// (user, system, children user, children system, elapsed) in seconds.
pub fn times() -> [f64; 5] {
    // SAFETY: `t` is a live local tms that times fills in; sysconf takes a constant.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let c = unsafe { libc::times(&mut t) };
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    [
        t.tms_utime as f64 / hz,
        t.tms_stime as f64 / hz,
        t.tms_cutime as f64 / hz,
        t.tms_cstime as f64 / hz,
        c as f64 / hz,
    ]
}

/// CPU time of this process in nanoseconds (`clock_gettime(CLOCK_PROCESS_CPUTIME_ID)`).
pub fn process_time_ns() -> u128 {
    // SAFETY: `ts` is a live local timespec the call fills in.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// The C library's message for an errno value.
pub fn strerror(code: i32) -> String {
    let e = io::Error::from_raw_os_error(code).to_string();
    match e.find(" (os error") {
        Some(i) => e[..i].to_string(),
        None => e,
    }
}

/// Replaces the process image's exit: `_exit(code)` without running destructors.
pub fn exit_now(code: i32) -> ! {
    // SAFETY: terminates the process immediately, as os._exit documents.
    unsafe { libc::_exit(code) }
}

pub fn getloadavg() -> io::Result<[f64; 3]> {
    let mut l = [0f64; 3];
    // SAFETY: `l` has room for the three values requested.
    let n = unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
    if n != 3 {
        return Err(io::Error::other("Load averages are unobtainable"));
    }
    Ok(l)
}

pub fn chmod(path: &[u8], mode: u32, follow: bool) -> io::Result<()> {
    let c = cpath(path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is a NUL-terminated string alive for the call.
    check(unsafe { libc::fchmodat(libc::AT_FDCWD, c.as_ptr(), mode as libc::mode_t, flags) } as i64)
        .map(|_| ())
}

/// `utimensat` with nanosecond times (None: now).
pub fn utime(path: &[u8], times: Option<(i64, i64)>, follow: bool) -> io::Result<()> {
    let c = cpath(path)?;
    let ts = |ns: i64| libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as _,
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let r = match times {
        Some((a, m)) => {
            let arr = [ts(a), ts(m)];
            // SAFETY: `c` and `arr` are live for the call; arr holds the two timespecs.
            unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), arr.as_ptr(), flags) }
        }
        // SAFETY: a NULL times pointer means "now".
        None => unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), std::ptr::null(), flags) },
    };
    check(r as i64).map(|_| ())
}

/// `statvfs` fields: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax.
pub fn statvfs(path: &[u8]) -> io::Result<[u64; 10]> {
    let c = cpath(path)?;
    // SAFETY: `s` is a live local statvfs the call fills in; `c` outlives the call.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    check(unsafe { libc::statvfs(c.as_ptr(), &mut s) } as i64)?;
    Ok([
        s.f_bsize,
        s.f_frsize,
        s.f_blocks,
        s.f_bfree,
        s.f_bavail,
        s.f_files,
        s.f_ffree,
        s.f_favail,
        s.f_flag,
        s.f_namemax,
    ])
}

/// Ends the process by signal `sig` with the default action (how CPython exits after an
/// uncaught KeyboardInterrupt: the parent sees "killed by SIGINT"); exits 128+sig if the
/// signal does not end it.
pub fn die_by_signal(sig: i32) -> ! {
    // SAFETY: resetting a disposition to SIG_DFL and raising a signal at ourselves take
    // plain integer arguments; nothing is shared with Rust code.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
    std::process::exit(128 + sig)
}

/// One read(2) of up to `buf.len()` bytes into `buf`.
pub fn read_into(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: `buf` is a live slice with `buf.len()` writable bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
    check(r as i64).map(|n| n as usize)
}
