# String slicing with steps, negatives and out-of-range indexes.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[:], s[100:], s[:100], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1], s[2::-1])
print(s[::3], s[::10], s[::-10], repr(s[3:3]), repr(s[-1:0]), s[-100:-8])
print(s[0], s[-1], s[5], s[-10])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
for i in range(-3, 4):
    print(i, repr(s[i:i + 2]), repr(s[i:]), repr(s[:i]))
print(s[slice(1, 8, 3)], s[slice(None, None, -3)])
