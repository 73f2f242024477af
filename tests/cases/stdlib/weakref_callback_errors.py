# Exceptions raised by weak-reference callbacks (plain, proxy, WeakMethod, containers'
# users) are reported and ignored; the program goes on.
import weakref


class A:
    def m(self):
        return 'm'


def failing(label):
    def cb(arg):
        print('callback', label, type(arg).__name__)
        raise ValueError('callback failed: ' + label)
    return cb


a = A()
r = weakref.ref(a, failing('ref'))
del a
print('after ref')

b = A()
p = weakref.proxy(b, failing('proxy'))
del b
print('after proxy')

c = A()
wm = weakref.WeakMethod(c.m, failing('method'))
del c
print('after method', wm())

# Containers still work after a callback failed elsewhere.
objs = [A() for i in range(3)]
ws = weakref.WeakSet(objs)
wv = weakref.WeakValueDictionary(enumerate(objs))
d = A()
r2 = weakref.ref(d, failing('last'))
del objs[0]
del d
print(len(ws), len(wv), sorted(wv))
