# sum() error messages.
for f in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
          lambda: sum([1, "a"]), lambda: sum(5), lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([[1]]), lambda: sum([None]),
          lambda: sum([1], start="x"), lambda: sum([1.5, "x"]), lambda: sum(iterable=[1])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([], "x") if False else sum([], start=[]), sum(["a"], start=0) if False else "skip")
