# List item assignment/deletion errors and negative indexing.
a = [1, 2, 3]
a[-1] = "last"
a[0] = "first"
print(a, a[-3], a[-1])
for i in [3, -4, 10**20]:
    try:
        a[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(a[i])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print(type(e).__name__, e)
for k in ["0", 1.0, None, (0,)]:
    try:
        a[k] = 0
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        a[k]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "ab"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(2)[5]
except IndexError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return -1
a[I()] = "via index"
print(a, a[I()], a[True])
m = [[0] * 3 for _ in range(2)]
m[1][-1] = 9
print(m)
try:
    m[2][0] = 1
except IndexError as e:
    print(type(e).__name__, e)
