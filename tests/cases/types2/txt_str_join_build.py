# Building strings with join from generators, maps and nested data; join error cases.
nums = range(1, 11)
print(", ".join(map(str, nums)))
print("+".join(str(n) for n in nums if n % 2), "=", sum(n for n in nums if n % 2))
matrix = [[1, 2, 3], [4, 50, 6], [700, 8, 9]]
w = max(len(str(x)) for row in matrix for x in row)
print("\n".join(" ".join(str(x).rjust(w) for x in row) for row in matrix))
print("".join(reversed("stressed")), "-".join("abc"), "".join([]), "x".join(["only"]))
print(", ".join(sorted({"pear", "apple", "fig"})), " / ".join(dict.fromkeys("mississippi")))
print("\t".join(["a", "", "b"]).split("\t"), "".join(("a", "b")), ",".join(k for k in {"k1": 1, "k2": 2}))
def oxford(items):
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + ", and " + items[-1]
for n in range(5):
    print(repr(oxford(["red", "green", "blue", "gold"][:n])))
for bad in [[1, 2], ["a", None], ["a", b"b"], "abc", 5]:
    try:
        print(repr(",".join(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
print(b", ".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"x", b"y"]))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append(f"<{i}>")
s = "".join(parts)
print(s, len(s), s.count("<"), s[::3])
