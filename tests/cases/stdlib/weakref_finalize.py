# weakref.finalize: run once, alive/peek/detach/atexit, reprs, exit-time runs.
import atexit
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'A(%s)' % self.name


def fin(*args, **kwargs):
    print('fin', args, kwargs)
    return 'result'


a = A('a')
f = weakref.finalize(a, fin, 1, x=2)
print(f.alive, f.atexit, f.peek()[0] is a, f.peek()[1] is fin, f.peek()[2:])
print(repr(f).startswith('<finalize object at 0x'), "; for 'A' at 0x" in repr(f))
print(f(), f.alive, f(), f.peek(), f.detach(), f.atexit)
print(repr(f).endswith('; dead>'))

g = weakref.finalize(a, fin, 'g')
obj, func, args, kwargs = g.detach()
print(obj is a, func is fin, args, kwargs, g.alive, g(), g.detach())

h = weakref.finalize(a, fin, 'h')
a2 = A('a2')
h2 = weakref.finalize(a2, fin, 'h2', key='v')
print('before del')
del a, obj
print('after del', h.alive, h2.alive, h(), h.peek())
del a2
print('after del a2', h2.alive)

# Finalizers with positional names that clash with the parameters.
b = A('b')
k = weakref.finalize(b, fin, obj=1, func=2)
print(k.peek()[3])
k.detach()

for args in [(1, fin), (b,), ()]:
    try:
        weakref.finalize(*args)
    except TypeError as e:
        print('TypeError', e)


# An exception in a finalizer run at death is reported, the program goes on.
def bad():
    raise ValueError('boom at death')


c = A('c')
weakref.finalize(c, bad)
del c
print('after bad')

# Finalizers still alive at exit run then, newest first, unless atexit is False.
keep = A('keep')
weakref.finalize(keep, fin, 'exit-1')
off = weakref.finalize(keep, fin, 'no-atexit')
off.atexit = False
print(off.atexit, off.alive)
weakref.finalize(keep, fin, 'exit-2')
weakref.finalize(keep, print, 'exit-3', 'via print')


def chain():
    print('chain runs and registers another')
    weakref.finalize(keep, fin, 'registered at exit')


weakref.finalize(keep, chain)
atexit.register(lambda: print('atexit handler registered later runs first'))
print(weakref.finalize._shutdown if hasattr(weakref.finalize, '_shutdown') else None)


# The finalizer is the callback: it receives the reference and ignores it.
d = A('d')
r = weakref.ref(d)
fd = weakref.finalize(d, fin, 'd')
print(fd(r), fd.alive)
print('end of module')
