# Named slice objects for fixed-width record parsing; slice.indices and negative strides.
record = "20240115ACME      0001234.50USD  Y"
DATE, NAME, AMOUNT, CUR, FLAG = slice(0, 8), slice(8, 18), slice(18, 28), slice(28, 31), slice(-1, None)
print(record[DATE], repr(record[NAME].rstrip()), float(record[AMOUNT]), record[CUR], record[FLAG])
Y, M, D = slice(0, 4), slice(4, 6), slice(6, 8)
d = record[DATE]
print(int(d[Y]), int(d[M]), int(d[D]), f"{d[Y]}-{d[M]}-{d[D]}")
rows = ["20231231BOB       0000010.00EUR  N", "20240101CAROL     0099999.99GBP  Y"]
for r in rows:
    print({k: r[s].strip() for k, s in zip(["date", "name", "amount", "cur", "flag"], [DATE, NAME, AMOUNT, CUR, FLAG])})
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(5), s.indices(100), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4), slice(10, -10, -2).indices(6), slice(5).indices(3), list(range(*slice(2, 20, 4).indices(12))))
data = list(range(10))
for sl in [slice(None, None, -1), slice(-2, 2, -3), slice(8, None, -4), slice(None, 3), slice(100, 200), slice(-100, 3)]:
    print(sl, data[sl], "abcdefghij"[sl], tuple(data)[sl])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: data[slice("a", 2)], lambda: slice()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
