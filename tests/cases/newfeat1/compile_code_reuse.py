# A code object compiled once and executed many times in different namespaces
formula = compile("result = price * qty * (1 - discount)", "<pricing>", "exec")
orders = [
    {"price": 10.0, "qty": 3, "discount": 0.0},
    {"price": 2.5, "qty": 10, "discount": 0.1},
    {"price": 99.99, "qty": 1, "discount": 0.25},
]
for o in orders:
    ns = dict(o)
    exec(formula, {}, ns)
    print(round(ns["result"], 2), sorted(ns))

predicate = compile("qty > 1 and price < 20", "<pred>", "eval")
print([eval(predicate, {}, o) for o in orders])

# same code, different globals: functions defined inside close over each globals dict
factory = compile("def greet():\n    return greeting + ', ' + who\n", "<factory>", "exec")
funcs = []
for greeting, who in (("Hello", "Ann"), ("Hi", "Bob")):
    g = {"greeting": greeting, "who": who}
    exec(factory, g)
    funcs.append(g["greet"])
print([f() for f in funcs])
print(funcs[0].__name__, funcs[0].__code__.co_filename, funcs[0] is not funcs[1])

# counters persist in the namespace between runs
step = compile("n = n + 1\nhist.append(n)", "<step>", "exec")
state = {"n": 0, "hist": []}
for _ in range(4):
    exec(step, state)
print(state["n"], state["hist"])

# code objects are immutable-ish values; compile twice gives equal behaviour
c1 = compile("a * 2", "<x>", "eval")
c2 = compile("a * 2", "<x>", "eval")
print(eval(c1, {"a": 21}), eval(c2, {"a": "ab"}), c1.co_name)
try:
    exec(c1, {})
except NameError as e:
    print(type(e).__name__, e)
try:
    c1.co_name = "other"
except AttributeError as e:
    print(type(e).__name__)
