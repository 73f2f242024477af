# OSError(errno, strerror) picks a subclass from errno.
cases = [(1, "EPERM"), (2, "ENOENT"), (3, "ESRCH"), (4, "EINTR"), (10, "ECHILD"), (11, "EAGAIN"),
         (13, "EACCES"), (17, "EEXIST"), (20, "ENOTDIR"), (21, "EISDIR"), (32, "EPIPE"),
         (104, "ECONNRESET"), (111, "ECONNREFUSED"), (103, "ECONNABORTED"), (110, "ETIMEDOUT"),
         (114, "EALREADY"), (115, "EINPROGRESS"), (5, "EIO"), (22, "EINVAL"), (9999, "unknown")]
for num, text in cases:
    e = OSError(num, text)
    print(num, type(e).__name__, e.errno, e.strerror, e)
print(type(OSError(2)).__name__, OSError(2).errno, OSError(2).args)
print(type(OSError("2", "x")).__name__)
print(type(OSError(2, "x", "f", None, "g")).__name__)
print(type(FileNotFoundError(13, "denied")).__name__)
print(type(IOError(2, "m")).__name__, type(EnvironmentError(17, "m")).__name__)
try:
    raise OSError(2, "No such file or directory", "x.txt")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__)
print(isinstance(OSError(32, "p"), ConnectionError), isinstance(OSError(32, "p"), BrokenPipeError))
