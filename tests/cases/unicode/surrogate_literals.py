# Surrogate escapes in every kind of string literal.
a = "\ud800"
b = '\uDBFF\uDC00'
c = """multi
\udfff line"""
d = "pre" "\ud834" f"{1+1}\udd1e"
e = f"{a!a} {'x'}\udc00{{}}"
print(ascii(a), ascii(b), ascii(c), ascii(d), ascii(e))
print(len(a), len(b), len(d), r"\ud800", len(r"\ud800"), "\N{EM DASH}\u00e9\x41\101")
print(b == "\U0010fc00", "\ud834\udd1e" == "\U0001d11e", ascii(eval(r'"\udead"')))
match "\udc80":
    case "\udc80":
        print("matched a surrogate literal")
def f():
    "doc \udbff"
print(ascii(f.__doc__), ascii(eval(compile('"\\ud801"', "<s>", "eval"))))
