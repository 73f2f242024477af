# str.join over iterables and its error messages.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join([]), "+".join(["solo"]))
print(" ".join(str(i) for i in range(5)), "|".join({"k1": 1, "k2": 2}), "/".join(map(str.upper, ["a", "b"])))
print("é".join(["😀", "ü"]), repr("".join([])))
class S(str):
    pass
print(".".join([S("a"), S("b")]), type(".".join([S("a")])).__name__, type("".join([S("z")])).__name__)
for bad in [["a", 1], [1, "a"], ["a", "b", None], ["a", b"b"], [["a"]], ["x", 2.5]]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [5, None, 3.0]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield "a"
    raise ValueError("boom in gen")
try:
    ",".join(gen())
except ValueError as e:
    print(type(e).__name__, e)
print(b",".join([b"a", bytearray(b"b"), bytearray(b"c")]), bytearray(b"-").join([b"x", b"y"]))
for bad in [[b"a", "b"], [b"a", 1]]:
    try:
        print(b",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
