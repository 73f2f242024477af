# object() basics and __import__.
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), isinstance(o, object), hasattr(o, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(o) if n in ("__eq__", "__hash__", "__repr__", "__dict__")], object.__name__, object.__bases__)
m = __import__("math")
print(m.__name__, m.sqrt(16), __import__("sys").__name__)
j = __import__("json")
print(j.dumps({"a": [1, 2]}))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
import math as mm
print(mm is m, m.pi == mm.pi)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
class Sub(object):
    pass
s = Sub()
s.attr = "ok"
print(s.attr, Sub.__mro__[-1] is object, object.__subclasshook__(int) if False else "skip")
print(NotImplemented.__class__.__name__, Ellipsis, type(...).__name__, None.__class__.__name__)
