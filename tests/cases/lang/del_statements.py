# del on names, attributes, subscripts, slices and target lists.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print("del twice:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "c"
o = Obj()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
p, q, r = 1, 2, 3
del (p, q), [r]
print([n for n in ("p", "q", "r") if n in globals()])
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
def del_global():
    global g
    g = "made"
    del g
del_global()
print("g" in globals())
def del_nonlocal():
    cell = 1
    def inner():
        nonlocal cell
        del cell
    inner()
    try:
        return cell
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_nonlocal())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __delitem__(self, key):
        print("  __delitem__", key)
    def __delattr__(self, name):
        print("  __delattr__", name)
c = Custom()
del c[1:2, ::3], c.anything
del c["k"]
nested = {"a": [1, {"b": 2}]}
del nested["a"][1]["b"]
print(nested)
