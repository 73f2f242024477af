# Miscellaneous methods: count, index with ranges, isidentifier, format_map.
s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count("a", 1), s.count("a", 1, -1))
print(s.index("c"), s.index("a", 1), s.rindex("a", 0, -1))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
print("id_1".isidentifier(), "1id".isidentifier(), "class".isidentifier(), "".isidentifier())
print("Hello World".swapcase(), "x".join("123"), "a-b-c".split("-", 1))
print(s.upper().lower() == s, s.replace("a", "").replace("b", ""), s.strip("a"))
print(s[s.find("c"):s.rfind("d")], s.startswith("abra", 7), s[7:].startswith("abra"))
print(sorted(set(s)), "".join(sorted(set(s))))
print(min(s), max(s), s.zfill(15), s.center(15, "."))
print(len(s * 100), (s * 100).count("abra"))
