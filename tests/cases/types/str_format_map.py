# str.format_map with dicts, __missing__ subclasses and errors.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "{a} and {b}".format_map({"a": 1, "b": 2}))
t(lambda: "{a} and {b}".format_map(Default(a=1)))
t(lambda: "{x[0]} {x[1]}".format_map({"x": [10, 20]}))
t(lambda: "{a:>5}|{b:<5}|{c:^7}".format_map({"a": 1, "b": 2, "c": "mid"}))
t(lambda: "{a!r} {a!s} {a!a}".format_map({"a": "é"}))
t(lambda: "{missing}".format_map({}))
t(lambda: "{0}".format_map({"0": "zero"}))
t(lambda: "{}".format_map({}))
t(lambda: "{a.real}".format_map({"a": 3}))
t(lambda: "{{a}} {a}".format_map({"a": "x"}))
t(lambda: "{a".format_map({"a": 1}))
t(lambda: "a}".format_map({}))
t(lambda: "{a:{w}}".format_map({"a": 7, "w": 4}))
t(lambda: "{a:{w}.{p}f}".format_map({"a": 3.14159, "w": 10, "p": 2}))
t(lambda: "plain".format_map([]))
t(lambda: "{k}".format_map([1]))
t(lambda: "x".format_map())
t(lambda: "{a}".format_map({"a": 1}, {}))
t(lambda: "{a!z}".format_map({"a": 1}))
d = Default()
t(lambda: "{first}-{second}".format_map(d))
print(len(d))
t(lambda: "{0[a]}".format({"a": 5}))
t(lambda: "{0.imag}".format(2))
t(lambda: "{a[b][c]}".format_map({"a": {"b": {"c": "deep"}}}))
