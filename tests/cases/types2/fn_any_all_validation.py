# any/all in validation rules, with short-circuit evidence from generator side effects.
records = [{"name": "ann", "age": 31, "email": "ann@x.org"}, {"name": "", "age": 17, "email": "bad"},
           {"name": "cy", "age": None, "email": "cy@y.com"}, {"name": "dee", "age": 45, "email": "dee@z.net"}]
rules = {
    "has_name": lambda r: bool(r["name"]),
    "adult": lambda r: r["age"] is not None and r["age"] >= 18,
    "email": lambda r: "@" in r["email"] and "." in r["email"].split("@")[-1],
}
for r in records:
    failed = [n for n, f in rules.items() if not f(r)]
    print(r["name"] or "?", all(f(r) for f in rules.values()), any(f(r) for f in rules.values()), failed)
print(all(all(f(r) for f in rules.values()) for r in records), any(all(f(r) for f in rules.values()) for r in records))
checked = []
def probe(x):
    checked.append(x)
    return x > 2
print(any(probe(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(probe(x) for x in [3, 4, 1, 9]), checked)
checked.clear()
print(any(map(probe, [])), all(map(probe, [])), checked)
print(any([0, "", None]), any([0, "x"]), all([1, "a", [0]]), all([1, []]), any(x > 10 for x in range(5)), all(range(1, 5)), all(range(5)))
print(any("ab"), all(""), any({0: 1}), all({0: 1}), any(iter([False, True])), all((True,)))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
print(any([Truthy(False), Truthy(True), Truthy(True)]))
print(all([Truthy(True), Truthy(False), Truthy(True)]))
for bad in [lambda: any(5), lambda: all(None), lambda: any()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
