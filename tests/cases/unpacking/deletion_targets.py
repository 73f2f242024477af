# del with multiple targets, slices and attributes.
a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
print(c)
lst = list(range(10))
del lst[1], lst[2]
print(lst)
del lst[::3]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["z"]
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, "p"), o.q)
try:
    del o.p
except AttributeError as e:
    print(type(e).__name__, e)
x = [1, [2, 3]]
del x[1][0]
print(x)
