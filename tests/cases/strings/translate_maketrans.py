# str.maketrans and translate.
table = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(table))
table2 = str.maketrans("", "", "aeiou")
print("programming language".translate(table2))
table3 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print("abcabc".translate(table3))
table4 = str.maketrans("ab", "AB", "x")
print("axbxab".translate(table4))
print(sorted(str.maketrans("ab", "cd").items()))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".translate({97: 65, 98: "BB"}))
