# Late binding of loop variables in closures.
funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(4)]
print([f() for f in funcs2])
def make(i):
    return lambda: i
funcs3 = [make(i) for i in range(4)]
print([f() for f in funcs3])
adders = []
for n in range(3):
    adders.append(lambda x: x + n)
print([a(10) for a in adders])
n = 100
print([a(10) for a in adders])
handlers = {}
for name in ["a", "b", "c"]:
    def h(name=name):
        return "handler " + name
    handlers[name] = h
print([handlers[k]() for k in "abc"])
