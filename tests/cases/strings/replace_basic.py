# str.replace, including counts and empty patterns.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "0", -1))
print("aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("hello".replace("l", ""), "mississippi".replace("ss", "SS"), "ababab".replace("aba", "X"))
text = "The cat sat on the mat"
for old, new in [("at", "og"), ("the", "a"), ("The", "A"), (" ", "_")]:
    text2 = text.replace(old, new)
    print(repr(old), repr(new), text2)
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(2))
