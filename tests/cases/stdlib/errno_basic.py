import errno

names = [n for n in dir(errno) if not n.startswith('_')]
print(len(names))
for n in names:
    if n != 'errorcode':
        print(n, getattr(errno, n))
print(len(errno.errorcode))
print(list(errno.errorcode.items()))
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
print(type(errno.ENOENT).__name__, type(errno.errorcode).__name__)
print(sorted(errno.errorcode) == sorted(set(getattr(errno, n) for n in names if n != 'errorcode')))
print(errno.__name__)
try:
    errno.ENOTANERROR
except AttributeError as e:
    print(type(e).__name__, e)
try:
    errno.errorcode[100000]
except KeyError as e:
    print(type(e).__name__, e)
# Typical usage.
def classify(code):
    if code in (errno.ENOENT, errno.ENOTDIR):
        return 'missing'
    if code == errno.EACCES:
        return 'denied'
    return errno.errorcode.get(code, 'unknown')
for c in (2, 20, 13, 17, 9999):
    print(c, classify(c))
e = OSError(errno.ENOENT, 'No such file or directory')
print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(type(FileNotFoundError(errno.ENOENT, 'x')).__name__, type(OSError(errno.EEXIST, 'x')).__name__)
