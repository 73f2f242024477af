# startswith/endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.startswith(""), s.endswith(""))
print(s.startswith("name", 4), s.endswith("tar", 0, 12), s.startswith("file", 0, 3))
print("".startswith(""), "".endswith("x"), "abc".startswith("abcd"))
for name in ["test_one.py", "one_test.py", "readme.md", "TEST.PY"]:
    print(name, name.startswith("test_"), name.endswith(".py"), name.lower().endswith(".py"))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.startswith("gz", -2), s.endswith("file", -100, 4))
