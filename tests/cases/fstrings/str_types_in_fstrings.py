# Formatting of various object types.
objs = [1, -1.5, "s", None, True, [1, 2], (3,), {"a": 1}, b"by", range(3), 2 ** 70, 1e100]
for o in objs:
    print(f"{o}|{o!r}|{str(o):>12}|{type(o).__name__}")
print(f"{True:>5}|{True:d}|{False:03}|{True!r:>6}|")
print(f"{None!s:^8}|", f"{[1, 2]!s:>8}|")
try:
    f"{None:>8}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{[1]:>4}"
except TypeError as e:
    print(type(e).__name__, e)
