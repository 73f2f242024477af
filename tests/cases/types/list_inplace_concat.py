# list +, +=, *, *= semantics and aliasing.
a = [1, 2]
alias = a
a += (3, 4)
a += "xy"
a += range(2)
a += {7: None}
print(a, alias is a)
try:
    a = a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
b = [0]
b *= 3
print(b, [1, 2] * -1, [1] * True, [[]] * 2, 0 * [1])
m = [[]] * 3
m[0].append("shared")
print(m)
c = [1]
alias2 = c
c *= 0
print(c, alias2, alias2 is c)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + "a"
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
x = ([1],)
try:
    x[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(x)
try:
    [0] * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
