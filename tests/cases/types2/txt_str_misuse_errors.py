# Error messages from common str misuse, caught and printed.
s = "hello"
cases = [
    lambda: s[10],
    lambda: s.__setitem__(0, "H"),
    lambda: s + 5,
    lambda: 5 + s,
    lambda: s * "2",
    lambda: s * 2.0,
    lambda: s - "h",
    lambda: s.index("z"),
    lambda: s.split(""),
    lambda: s.join("abc", "x"),
    lambda: s.center(),
    lambda: s.replace("l"),
    lambda: s.count(),
    lambda: s.startswith(),
    lambda: s.encode("no-such-codec"),
    lambda: "é".encode("ascii"),
    lambda: s.format(),
    lambda: "{0}".format(),
    lambda: "{x}".format(y=1),
    lambda: int(s),
    lambda: float(s),
    lambda: s.zfill("3"),
    lambda: s.rsplit(1),
    lambda: s.strip(5),
    lambda: s < 3,
    lambda: ord(s),
    lambda: str(b"x", "utf-8", "strict", 4),
    lambda: "abc".expandtabs("4"),
    lambda: s.removeprefix(None),
    lambda: s.splitlines("yes"),
    lambda: "%d items" % "x",
    lambda: "a" in 5,
    lambda: 5 in "abc",
    lambda: s.nope,
    lambda: str.upper(5),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
