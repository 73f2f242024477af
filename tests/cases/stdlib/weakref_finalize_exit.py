# Finalizers run at exit: an exception in one is reported and the others still run; the
# exit status stays 0.
import weakref


class A:
    pass


def bad(what):
    print('bad runs', what)
    raise ValueError('boom at exit: ' + what)


keep = A()
weakref.finalize(keep, bad, 'oldest')
weakref.finalize(keep, print, 'middle finalizer')
weakref.finalize(keep, 5)
weakref.finalize(keep, bad, 'newest')
print('end of module')
