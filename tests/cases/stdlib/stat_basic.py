# stat: every public constant, the S_IS* predicates, S_IMODE/S_IFMT, filemode and
# their argument checking.
import stat

names = sorted(n for n in dir(stat) if n[:1].isupper())
for n in names:
    v = getattr(stat, n)
    if isinstance(v, int):
        print(n, v)
    else:
        print(n, "function")

modes = [0, 0o777, 0o644, 0o040755, 0o100644, 0o120777, 0o140755, 0o060660,
         0o020620, 0o010644, 0o104755, 0o102750, 0o041777, 0o041776, 0o106640,
         0o170777, 0o7777, 0xFFFFFFFF, True, False]
preds = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK",
         "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for m in modes:
    flags = [p for p in preds if getattr(stat, p)(m)]
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          type(stat.S_IMODE(m)).__name__, flags)
print(type(stat.S_ISDIR(0o40000)).__name__, type(stat.S_ISDOOR(0)).__name__)


class Sub(int):
    pass


class Idx:
    def __index__(self):
        return 5


print(stat.filemode(Sub(0o100600)), stat.S_ISREG(Sub(0o100600)))
for fn in [stat.S_ISDIR, stat.S_ISWHT, stat.S_IMODE, stat.S_IFMT, stat.filemode]:
    for bad in ["x", 1.5, None, Idx(), -1, 2 ** 32, 2 ** 40, 2 ** 64, -2 ** 70]:
        try:
            print(fn.__name__, repr(fn(bad)))
        except (TypeError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)

print(stat.S_ISREG.__doc__)
print(stat.S_IMODE.__doc__)
print(stat.filemode.__doc__)
for i, field in enumerate(["MODE", "INO", "DEV", "NLINK", "UID", "GID", "SIZE",
                           "ATIME", "MTIME", "CTIME"]):
    assert getattr(stat, "ST_" + field) == i
print(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO == 0o777)
