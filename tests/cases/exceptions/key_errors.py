# KeyError messages and args for various key types.
d = {"a": 1}
for key in ["b", 0, (1, 2), None, "", 1.5, "quote'd"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(key), "->", e, repr(e), e.args)
try:
    d.pop("zz")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("x")
except KeyError as e:
    print("set remove:", e)
class Config(dict):
    def __missing__(self, key):
        raise KeyError(f"config key {key!r} is required")
try:
    Config()["port"]
except KeyError as e:
    print(e)
