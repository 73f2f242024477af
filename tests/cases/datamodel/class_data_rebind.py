# Class attributes holding plain data, rebound while instances read them through attribute
# caches: counters, shadowing by instance attributes, inherited values, deletion, and a
# rebinding to a function or property (which must change how instances see the name).
class Base:
    count = 0
    label = "base"
    items = []


class Child(Base):
    pass


b, c = Base(), Child()
seen = []
for i in range(5):
    Base.count += 1
    seen.append((b.count, c.count, Child.count))
print(seen)
c.count = 100
Base.count = 7
print(b.count, c.count, Child.count)
Child.label = "child"
print(b.label, c.label)
del Child.label
print(b.label, c.label)
Base.items = [1, 2]
print(b.items, c.items)
Base.label = lambda self: "method now"
print(b.label(), c.label())
Base.label = property(lambda self: "property now")
print(b.label, c.label)
Base.label = "plain again"
print(b.label, c.label)


def read_all(objs):
    return [o.count for o in objs]


objs = [Base(), Child(), Base()]
for n in range(3):
    Base.count = n * 10
    print(read_all(objs))
del Base.count
try:
    print(read_all(objs))
except AttributeError as e:
    print("AttributeError", e)
