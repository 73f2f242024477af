# str.maketrans in all three forms, translate, and error messages.
t1 = str.maketrans({"a": "A", "b": None, 99: "CC", ord("d"): 0x44})
print(sorted(t1.items()))
print("abcdabcd".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print(str.maketrans("", ""), str.maketrans("", "", ""), sorted(str.maketrans("é", "😀").items()))
print("hello".translate({ord("l"): "L" * 3}), "hello".translate({}), "hello".translate([]))
print("abc".translate({97: None, 98: 66}), "abc".translate([None] * 98 + ["B"]))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "@"
        raise LookupError(k)
print("banana".translate(Table()))
for bad in [({"ab": 1},), ({1.5: "x"},), ("abc", "ab"), ("ab",), (1, 2), ({"a": 1.5},)]:
    try:
        print(str.maketrans(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}, {97: b"x"}]:
    try:
        print(repr("abc".translate(table)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate()
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc".translate({97: 0x10FFFF})))
print(str.maketrans("aa", "bc"))
