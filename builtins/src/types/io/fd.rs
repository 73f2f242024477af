//! The operating-system calls of the raw file layer, on file descriptors: open, read,
//! write, seek, truncate, close, stat and isatty. On Unix they go through the C library
//! wrappers in `modules::libc_sys`; elsewhere they report "not supported".

use std::io;

/// The open(2) flags CPython's FileIO uses for each mode.
pub struct Flags {
    pub rdonly: i32,
    pub wronly: i32,
    pub rdwr: i32,
    pub creat: i32,
    pub excl: i32,
    pub trunc: i32,
    pub append: i32,
}

#[cfg(unix)]
pub const FLAGS: Flags = Flags {
    rdonly: libc::O_RDONLY,
    wronly: libc::O_WRONLY,
    rdwr: libc::O_RDWR,
    creat: libc::O_CREAT,
    excl: libc::O_EXCL,
    trunc: libc::O_TRUNC,
    append: libc::O_APPEND,
};

#[cfg(not(unix))]
pub const FLAGS: Flags = Flags {
    rdonly: 0,
    wronly: 1,
    rdwr: 2,
    creat: 0o100,
    excl: 0o200,
    trunc: 0o1000,
    append: 0o2000,
};

#[cfg(unix)]
mod imp {
    use crate::modules::libc_sys as sys;
    use std::io;

    pub fn open(path: &[u8], flags: i32) -> io::Result<i32> {
        sys::open(path, flags, 0o666)
    }
    pub fn read(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
        sys::read_into(fd, buf)
    }
    pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
        sys::write(fd, data)
    }
    pub fn lseek(fd: i32, pos: i64, how: i32) -> io::Result<i64> {
        sys::lseek(fd, pos, how)
    }
    pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
        sys::ftruncate(fd, len)
    }
    pub fn close(fd: i32) -> io::Result<()> {
        sys::close(fd)
    }
    pub fn isatty(fd: i32) -> bool {
        sys::isatty(fd)
    }
    /// (is a directory, size in bytes, block size) of the file open on `fd`.
    pub fn fstat(fd: i32) -> io::Result<(bool, i64, i64)> {
        let st = sys::fstat_mode(fd)?;
        let dir = st.st_mode & libc::S_IFMT == libc::S_IFDIR;
        Ok((dir, st.st_size, st.st_blksize))
    }
}

#[cfg(not(unix))]
mod imp {
    use std::io;

    fn none<T>() -> io::Result<T> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "file descriptors are not supported on this platform",
        ))
    }
    pub fn open(_: &[u8], _: i32) -> io::Result<i32> {
        none()
    }
    pub fn read(_: i32, _: &mut [u8]) -> io::Result<usize> {
        none()
    }
    pub fn write(_: i32, _: &[u8]) -> io::Result<usize> {
        none()
    }
    pub fn lseek(_: i32, _: i64, _: i32) -> io::Result<i64> {
        none()
    }
    pub fn ftruncate(_: i32, _: i64) -> io::Result<()> {
        none()
    }
    pub fn close(_: i32) -> io::Result<()> {
        none()
    }
    pub fn isatty(_: i32) -> bool {
        false
    }
    pub fn fstat(_: i32) -> io::Result<(bool, i64, i64)> {
        none()
    }
}

pub use imp::{close, fstat, ftruncate, isatty, lseek, open, read, write};

/// Whether `e` is an interrupted system call (EINTR), retried after signal handlers run.
pub fn interrupted(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Interrupted
}
