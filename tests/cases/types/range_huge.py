# range with huge bounds: len overflows, other operations work.
r = range(10**20)
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(r[-1], r[10**19], r[5], 10**19 in r, 10**20 in r, -1 in r, r.index(12345678901234567890), r.count(10**15))
print(r[::10**19], r[10**19:10**19 + 3], r[::-1][0], r[::2][-1], bool(r), r == range(0, 10**20, 1))
try:
    r.__len__()
except OverflowError as e:
    print(type(e).__name__, e)
s = range(-10**20, 10**20, 7)
print(s[0], s[-1], s[1], 7 in s, 6 in s, s.index(-10**20 + 14))
try:
    r[10**20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    len(range(0, 2**64, 2))
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(0, 2**63 - 1)), len(range(-2**61, 2**61)), range(2**64)[2**63])
try:
    print(len(range(2**63)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10**20).start, range(10**20).stop, range(10**20).step, repr(range(1, 10**20, 3)))
print(hash(range(10**20)) == hash(range(0, 10**20)), list(range(10**20, 10**20 + 3)))
print(sum(range(10**6)), sum(range(10**20, 10**20 + 4)), max(range(10**20, 10**20 + 2)))
print(reversed(range(10**20)).__next__(), next(iter(range(10**20, 0, -1))))
