# repr() of built-in values.
vals = [0, -1, 1.0, 1e100, "s", "it's", b"b", None, True, [1, "2"], (1,), (), {"a": [1]},
        set(), {1}, frozenset(), range(3), slice(1, 2), slice(None), Ellipsis, NotImplemented, 2 ** 80]
for v in vals:
    print(repr(v))
print(repr(int), repr(str), repr(ValueError), repr(len), repr(print))
nested = [1, [2, [3, (4, {"five": {6}})]]]
print(repr(nested), str(nested) == repr(nested))
print(repr("a\nb"), str("a\nb") == "a\nb", repr(repr("x")))
class WithRepr:
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr()), [WithRepr()], {"k": WithRepr()})
print(repr(1.0 / 3), repr(-1e-300), repr(float("nan")), repr(-float("inf")))
