# Lexicographic string comparison.
pairs = [("a", "b"), ("a", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"),
         ("Z", "a"), ("apple", "Apple"), ("10", "9"), ("é", "z"), ("abc", "ABC")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(max("hello"), min("hello"), max(["aa", "b", "ab"]), min(["aa", "b", "ab"]))
print("a" < "b" < "c", "abc" == "a" + "bc", "x" * 3 == "xxx")
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
