# The first matching except clause wins; order matters.
class Base(Exception):
    pass
class Derived(Base):
    pass
class MoreDerived(Derived):
    pass
def classify(exc):
    try:
        raise exc
    except MoreDerived:
        return "MoreDerived handler"
    except Derived:
        return "Derived handler"
    except Base:
        return "Base handler"
    except Exception:
        return "Exception handler"
for e in [MoreDerived(), Derived(), Base(), ValueError()]:
    print(type(e).__name__, "->", classify(e))
def wrong_order(exc):
    try:
        raise exc
    except Base:
        return "Base handler (shadows the rest)"
    except Derived:
        return "unreachable"
print(wrong_order(MoreDerived()), wrong_order(Derived()))
def swallow_all(fn):
    try:
        return fn()
    except BaseException as e:
        return f"swallowed {type(e).__name__}"
print(swallow_all(lambda: 1 / 0), swallow_all(lambda: "fine"), swallow_all(lambda: exit_code()))
def exit_code():
    raise SystemExit(2)
print(swallow_all(exit_code))
try:
    try:
        raise Derived("d")
    except (MoreDerived, ValueError):
        print("not here")
except Base as e:
    print("propagated to outer Base handler", type(e).__name__, e)
