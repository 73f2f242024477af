# Import statements inside functions, classes, loops, try blocks and comprehensions.
import sys


def f():
    import mod_scope
    return mod_scope.V, sorted(locals())


print("function", f())
print("not global", "mod_scope" in globals())


def g():
    import pkg_scope.inner
    from mod_scope import fn as fnn
    return pkg_scope.__name__, pkg_scope.inner.I, fnn(), sorted(locals())


print("function dotted", g())


def h():
    global mod_scope
    import mod_scope
    return "ok"


print("global import", h(), "mod_scope" in globals(), mod_scope.V)


def closure():
    import mod_scope as ms
    def inner():
        return ms.V
    return inner()


print("closure", closure())


def unbound():
    print(mod_scope_local.V)
    import mod_scope as mod_scope_local


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class C:
    import mod_scope
    from mod_scope import V, fn
    import pkg_scope.inner as inner_alias
    names = sorted(k for k in locals() if not k.startswith("__"))


print("class", C.names, C.mod_scope.V, C.V, C.inner_alias.I)
print("class fn is plain function", C.fn(), C.__dict__["fn"] is sys.modules["mod_scope"].fn)
try:
    print(C().fn())
except TypeError as e:
    print("TypeError", e)

for i in range(2):
    import mod_scope
print("loop ok")

try:
    import nonexistent_in_try_xyz
except ImportError:
    nonexistent_in_try_xyz = None
print("fallback", nonexistent_in_try_xyz)

try:
    import mod_scope as fallback_target
except ImportError:
    fallback_target = None
print("try import ok", fallback_target.V)

print("lambda", (lambda: __import__("mod_scope").V)())
print("comprehension", [__import__("mod_scope").V for _ in range(2)])


def nested_def():
    def inner():
        from pkg_scope import inner as pi
        return pi.I
    return inner()


print("nested", nested_def())


def del_import():
    import mod_scope
    del mod_scope
    try:
        mod_scope
    except NameError as e:
        return "NameError " + str(e)


print("del", del_import())


# import rebinds a name previously bound to something else
mod_scope = "string"
import mod_scope
print("rebound", type(mod_scope).__name__)

# exec with separate globals and locals
g_ns, l_ns = {}, {}
exec("import mod_scope\nfrom mod_scope import V", g_ns, l_ns)
print("exec locals", sorted(l_ns), sorted(k for k in g_ns if k != "__builtins__"))
