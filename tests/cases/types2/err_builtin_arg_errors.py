# Argument errors raised by builtins when called incorrectly, caught and printed.
cases = [
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: sum(), lambda: sorted(), lambda: sorted([1], [2]),
    lambda: zip(1), lambda: enumerate(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: isinstance(1),
    lambda: getattr(1), lambda: setattr(1, "a"), lambda: hasattr(1, 2), lambda: iter(), lambda: next(),
    lambda: divmod(1), lambda: pow(1), lambda: round(), lambda: min(), lambda: chr(), lambda: ord(1),
    lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: int(1, 2), lambda: int("1", base=1.5),
    lambda: str(1, 2), lambda: float(1, 2), lambda: list(1, 2), lambda: dict(1, 2), lambda: print(sep=1),
    lambda: format(1, 2), lambda: repr(), lambda: callable(), lambda: all(), lambda: vars(1, 2), lambda: map(len, 1),
    lambda: filter(len, 1), lambda: reversed(), lambda: hash(), lambda: id(), lambda: type(1, 2),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
