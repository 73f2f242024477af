# upper, lower, title, capitalize, swapcase, casefold.
for s in ["hello World", "ALL CAPS", "mIxEd 123", "", "o'neil is here", "ß straße", "ǆ"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello world".title(), "they're bill's".title(), "3rd place".title(), "a-b c_d".title())
print("HELLO".isupper(), "Hello".isupper(), "hello".islower(), "123".islower(), "Title Case".istitle())
print("Hello".lower() == "hELLO".lower(), "İ".lower(), len("İ".lower()))
words = ["python", "RUST", "Go", "c++", "java script"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print([w for w in words if w.islower()], [w for w in words if w.isupper()])
print("MiXeD".lower().upper(), "straße".upper().lower(), "ǅ".isupper(), "ǅ".istitle())
print("hello".upper().isupper(), "".upper(), "123abc".title(), "abc DEF".capitalize())
