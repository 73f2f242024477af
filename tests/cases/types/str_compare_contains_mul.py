# str comparisons, `in`, and multiplication by negative/bool/big.
pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("é", "z"), ("😀", "\uffff"), ("abc", "abc"), ("a", "A")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["b", "A", "a", "B", "é", "E", "😀", "", "aa"]))
print(max("hello"), min("hello"), max(["apple", "Apple", "b"]))
for a, b in [("a", 1), ("a", None), ("a", b"a"), ("a", ["a"])]:
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", "ac" in "abc", "abc" in "abc", "abcd" in "abc", "" in "", "😀" in "x😀y")
for bad in [1, None, ["a"]]:
    try:
        print(bad in "abc")
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("ab" * 3), repr("ab" * 0), repr("ab" * -2), repr("ab" * True), repr("ab" * False), repr(3 * "x"), repr("" * 10**9))
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
s = "x"
s *= 3
s += "y"
print(s, "a" < "b" < "c", "b" > "a" == "a")
