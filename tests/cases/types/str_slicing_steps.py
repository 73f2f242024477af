# str slicing with steps, negative indices, out of range bounds.
s = "0123456789"
for sl in [(None, None, 2), (None, None, -1), (None, None, -3), (1, 8, 3), (8, 1, -3), (-2, None, -2), (None, -2, -2),
           (100, None, -1), (None, 100, 4), (-100, 100, 3), (5, 5, 1), (5, 2, 1), (2, 5, -1), (-1, -11, -1), (-1, -12, -4), (3, None, 1000)]:
    print(sl, repr(s[slice(*sl)]), repr(s[sl[0]:sl[1]:sl[2]]))
print(s[::-1][::-1] == s, s[-3:], s[:-3], s[-100:3], s[7:100], repr(s[10:]), repr(s[11:]))
u = "aé😀b日"
print(u[::-1], u[1:4], u[::2], u[-2], len(u[1:3]), u[::-2])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
for i in [10, -11, 2**70]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
for k in ["1", 1.0, None, (1, 2)]:
    try:
        s[k]
    except TypeError as e:
        print(type(e).__name__, e)
print(s[True], s[False:True], s[2**70:], s[-2**70:2], s[::2**70], s[::-2**70])
try:
    s[1:2:"x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
