# eval(repr(x)) round trips for data values, as config loaders often do
values = [
    0, -17, 10**30, 3.25, -0.0, 1e-300, float("inf"), 2 + 3j,
    "plain", "quote ' and \" both", "tab\tnewline\n", "ünï©ødé", "\x00\x7f",
    b"bytes\x00\xff", bytearray(b"ba"), True, None, (), (1,), [1, [2, [3]]],
    {"k": (1, 2), 3: {4: [5]}}, {1, 2, 3}, frozenset({7}), set(), range(2, 10, 3),
    slice(1, None, 2), Ellipsis, NotImplemented,
]
env = {"inf": float("inf"), "nan": float("nan")}
for v in values:
    text = repr(v)
    back = eval(text, env)
    print(f"{text:<35} {type(back).__name__:<10} {back == v} {type(back) is type(v)}")

nan = eval("nan", env)
print(nan != nan, repr(eval(repr(float("nan")), env)))
print(eval("float('-inf')"), eval("int('0x1f', 16)"), eval("0b1010 + 0o17 + 0x1F"))
print(eval("1_000_000 + 0.000_1"), eval("10 ** -2"), eval("7 // -2, -7 % 3"))
print(eval("'a' 'b' \"c\""), eval("r'\\d+' + '\\\\'"), eval("f'{3:03d}-{\"x\"!r}'"))
print(eval("[*range(3), *'ab']"), eval("{**{'a': 1}, 'b': 2}"), eval("{*'aa', *'b'}" ) == {"a", "b"})
print(eval("(lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4)"))
print(eval("[i * j for i in range(1, 4) for j in range(i)]"))
print(eval("sum(x for x in range(10) if x % 3 == 0)"))
print(eval("1 if [] else 2 if {} else 3"))
print(eval("not 1 < 2 < 3 == 3 != 4"))
print(eval("'%s-%05.1f' % ('v', 2.345)"))
