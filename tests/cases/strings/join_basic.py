# str.join with many kinds of iterables.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), " ".join([]))
print(", ".join(str(i) for i in range(5)), "|".join(("p", "q")), "".join(reversed("hello")))
print("\n".join(["line1", "line2"]))
print("ab".join(["1", "2", "3"]), "x".join(["only"]), repr("x".join([""])), repr("x".join(["", ""])))
d = {"k1": 1, "k2": 2}
print("+".join(d), "+".join(d.keys()), "+".join(f"{k}={v}" for k, v in d.items()))
try:
    ",".join([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
words = "the rain in spain".split()
print(" ".join(w.capitalize() for w in words), "_".join(words).upper())
