# str.format with positional, automatic, keyword, attribute and index fields.
print("{} {} {}".format(1, 2.5, "x"), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Ann", age=7), "{0[0]} {0[1]}".format([10, 20]), "{a[k]}".format(a={"k": "v"}))
class P:
    x = 3
    y = [4, 5]
    def __init__(self):
        self.d = {"key": "val", 0: "zero"}
p = P()
print("{0.x} {0.y[1]} {0.d[key]} {0.d[0]}".format(p), "{p.x}{p.y}".format(p=p))
print("{0[1][0]}".format([[1], [2, 3]]), "{0[-1]}".format({"-1": "str key"}), "{0[ a ]}".format({" a ": 1}))
print("{:5}|{:<5}|{:>5}".format(1, 2, 3), "{0:{1}}|".format(7, 4), "{0:{1}{2}}|".format(7, "<", 4))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"), "{:d}".format(True))
print("{{}} {{{0}}} {{0}} }}{{".format(5), "{{{}}}".format("in"), "a{{b".format())
print("{0}{0:^5}{0!r}".format("q"), "{0.real}{0.imag}".format(1 + 2j), "{0.__class__.__name__}".format(3.5))
print("{:{}{}{}.{}{}}".format(3.14159, "*", ">", 10, 3, "f"))
print("{0:{fill}{align}{width}}".format("mid", fill="-", align="^", width=9))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 3), "{:.{prec}e}".format(12345.678, prec=2))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{x}".format_map(dict(x="map")))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{found} {missing}".format_map(Default(found="yes")))
print("{0[0]:>4}|{0[1]:<4}|".format(("ab", "cd")), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: "F:" + f})()))
print("".format(), "plain".format(1, 2, x=3), "{}".format(None), "{}".format([1, "a"]))
