# AttributeError.name/.obj and NameError.name set by the interpreter.
class C:
    slot = 1
c = C()
try:
    c.missing
except AttributeError as e:
    print(e, "|", e.name, e.obj is c)
try:
    C.nothing
except AttributeError as e:
    print(e, "|", e.name, e.obj is C)
try:
    (5).real_part
except AttributeError as e:
    print(e, "|", e.name, e.obj)
try:
    None.append
except AttributeError as e:
    print(e, "|", e.name, e.obj)
try:
    undefined_thing
except NameError as e:
    print(e, "|", e.name, type(e).__name__)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e, "|", e.name)
e = AttributeError("manual")
print(e.name, e.obj, e.args)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, str(e))
e = NameError("x", name="nm")
print(e.name, str(e))
try:
    AttributeError("m", bogus=1)
except TypeError as x:
    print(type(x).__name__, x)
try:
    getattr(c, "zzz")
except AttributeError as e:
    print(e, e.name, e.obj is c)
print(getattr(c, "zzz", "default"))
try:
    object().__dict__
except AttributeError as e:
    print(e, e.name)
class G:
    def __getattr__(self, name):
        raise AttributeError(f"G has no {name}")
try:
    G().thing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    c.slot = 2; del c.slot
except AttributeError as e:
    print("del:", e)
try:
    del c.slot
except AttributeError as e:
    print("del again:", e)
