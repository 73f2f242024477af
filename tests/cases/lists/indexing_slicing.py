# Index and slice reads on lists.
a = [10, 20, 30, 40, 50, 60, 70]
print(a[0], a[-1], a[3], a[-7])
print(a[1:4], a[:2], a[5:], a[-2:], a[:-5], a[::2], a[::-1], a[5:1:-2], a[100:], a[-100:2])
print(a[1:1], a[4:2], a[::3], a[-1::-3], a[slice(2, None)])
for bad in [7, -8, 100]:
    try:
        a[bad]
    except IndexError as e:
        print(bad, type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = a[:]
b[0] = -1
print(a[0], b[0], a == b, a[1:] == b[1:])
