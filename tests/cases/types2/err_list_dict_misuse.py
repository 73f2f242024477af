# Error messages from common list/dict/set/tuple misuse, caught and printed.
lst = [1, 2, 3]
d = {"a": 1}
s = {1, 2}
t = (1, 2)
cases = [
    lambda: lst[3], lambda: lst[-4], lambda: lst["0"], lambda: lst[1.0], lambda: lst.remove(9), lambda: lst.index(9),
    lambda: lst + (4,), lambda: lst * lst, lambda: lst.sort(key=1), lambda: [1, "a"].sort(), lambda: lst.pop(10),
    lambda: lst.insert("0", 1), lambda: d["b"], lambda: d[["unhashable"]], lambda: d.pop("b"), lambda: {}.popitem(),
    lambda: d + d, lambda: d.update(1), lambda: d.update([1]), lambda: dict.fromkeys(), lambda: s[0], lambda: s.remove(3),
    lambda: s + s, lambda: t[5], lambda: t.__setitem__(0, 1), lambda: t.index(9), lambda: t + [1], lambda: {}.keys()[0],
    lambda: [].pop(), lambda: lst.__getitem__(slice("a", 1)), lambda: [0] * 1.5, lambda: list(range(3))[1:2:0],
    lambda: d.get(), lambda: d.setdefault(), lambda: len(d, d), lambda: sorted(lst, cmp=None),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
def unpack_tests():
    for src in [[1, 2, 3], [1], [], "ab", {"x": 1, "y": 2}]:
        try:
            a, b = src
            print("ok", a, b)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        a, b = 5
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print(type(e).__name__, e)
unpack_tests()
