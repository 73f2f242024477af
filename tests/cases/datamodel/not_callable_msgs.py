# "'C' object is not callable" and related call errors for user objects.
class C: pass
NONE = None
PAIR = (1, 2)
c = C()
for label, f in [("instance", lambda: c()), ("int attr", lambda: C.__dict__), ("module-level None", lambda: NONE())]:
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
c.method = 5
try:
    c.method()
except TypeError as e:
    print(type(e).__name__, e)
class WithData:
    items = [1, 2]
    name = "n"
try:
    WithData().items()
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithData.name()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [c][0]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"k": C}["k"]()()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta()).__name__)
try:
    WithMeta()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    PAIR()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c(*[1], **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(c, [1]).__next__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([2, 1], key=c)
except TypeError as e:
    print(type(e).__name__, e)
