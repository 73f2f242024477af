# Mutable defaults are shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to.__defaults__)
def add_key(k, d={}):
    d[k] = len(d)
    return d
print(add_key("x"), add_key("y"), add_key("z", {}))
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
def fixed(item, target=None):
    target = [] if target is None else target
    target.append(item)
    return target
print(fixed(1), fixed(2))
