# Exact messages for common built-in errors.
S = "str"
N = None
tests = [
    lambda: [1, 2, 3][10], lambda: {"a": 1}["b"], lambda: (1, 2)[5], lambda: "abc"[9],
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: len(5), lambda: N.attr,
    lambda: S.missing, lambda: int("abc"), lambda: float("x"), lambda: [].pop(),
    lambda: undefined_var, lambda: 10 / 0, lambda: 10 % 0, lambda: int(None),
    lambda: sorted([1, "a"]), lambda: hash([]), lambda: N(), lambda: iter(5),
    lambda: next(iter([])), lambda: {}.popitem(), lambda: ord("ab"), lambda: chr(-1),
]
for i, t in enumerate(tests):
    try:
        t()
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
