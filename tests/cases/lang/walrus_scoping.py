# Assignment expressions: comprehension scoping, evaluation order and forbidden targets.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 4], y)
print(any((hit := v) > 4 for v in data), hit)
print(all((last := v) < 5 for v in data), last)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
def in_function():
    [(z := i) for i in range(3)]
    return z
print(in_function())
def nested_comp():
    r = [[(w := i * j) for j in range(2)] for i in range(3)]
    return r, w
print(nested_comp())
class C:
    values = [1, 2]
try:
    exec("class D:\n    [(q := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
for src in ["[i := 0 for i in range(2)]", "[(i := 0) for i in range(2)]", "[x for x in (y := [1])]",
            "(a.b := 1)", "(a[0] := 1)", "x := 5", "(x := 5)", "def f(a=(b := 1)): pass",
            "[(j := k) for k in range(2) for j in range(2)]", "lambda: (m := 1)", "f(x := 1)",
            "(x, y := 1, 2)", "[[(p := 1) for q in r] for p in s]"]:
    try:
        exec(src, {"a": [0], "f": print, "r": [], "s": []})
        print(repr(src), "-> ok")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
    except NameError as e:
        print(repr(src), "-> compiles, then NameError", e)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print(f"{(v := 10) + 1} {v}")
print((a := 1, b := 2), a, b)
def default_walrus(x=(dv := "default")):
    return x
print(default_walrus(), dv)
