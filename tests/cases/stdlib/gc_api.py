# gc module: collect() finds cycles, enable/disable, thresholds, callbacks, referents.
import gc


class A:
    pass


def cycle():
    a = A()
    b = A()
    a.b = b
    b.a = a


gc.collect()
cycle()
print("found cycle:", gc.collect() >= 2)
print("nothing left:", gc.collect())
l = []
l.append(l)
del l
print("self list:", gc.collect() >= 1)
d = {}
d["self"] = d
del d
print("self dict:", gc.collect() >= 1)


def outer():
    def inner():
        return inner
    return inner


outer()
print("closure cycle:", gc.collect() >= 1)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print("default thresholds", old)
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(type(gc.get_count()), len(gc.get_count()))
x = A()
x.y = [1, 2]
print(x.y in gc.get_referents(x.__dict__))
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked("s"))
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(events)
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.garbage)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)
