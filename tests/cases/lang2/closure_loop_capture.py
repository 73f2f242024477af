# Closures over loop variables in realistic callback registration, and the usual fixes.
import functools
handlers = {}
for event in ["click", "hover", "scroll"]:
    handlers[event] = lambda: f"handled {event}"
print({k: f() for k, f in handlers.items()})
fixed = {}
for event in ["click", "hover", "scroll"]:
    fixed[event] = lambda event=event: f"handled {event}"
print({k: f() for k, f in fixed.items()})
partials = {e: functools.partial("handled {}".format, e) for e in ["a", "b"]}
print({k: f() for k, f in partials.items()})
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    def make(i):
        return lambda x: x * i
    return [make(i) for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
buttons = []
i = 0
while i < 3:
    buttons.append(lambda: i)
    i += 1
print([b() for b in buttons])
i = 100
print([b() for b in buttons])
gens = [(lambda: n) for n in range(3)]
print([g() for g in gens])
try:
    n
except NameError as e:
    print(type(e).__name__, e)
acc = []
for k in range(3):
    def show(prefix="k="):
        return prefix + str(k)
    acc.append(show)
del k
try:
    print(acc[0]())
except NameError as e:
    print(type(e).__name__, e)
funcs = [(lambda j: (lambda: j * j))(j) for j in range(5)]
print([f() for f in funcs], [c.cell_contents for f in funcs for c in f.__closure__])
