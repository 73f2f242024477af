# Context managers that suppress, translate or log exceptions; interplay with return and loops.
class suppress_logged:
    def __init__(self, *types, log):
        self.types, self.log = types, log
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.log.append(f"suppressed {et.__name__}: {ev}")
            self.caught = ev
            return True
        self.caught = None
        return False
class translate:
    def __init__(self, mapping):
        self.mapping = mapping
    def __enter__(self):
        pass
    def __exit__(self, et, ev, tb):
        for src, dst in self.mapping.items():
            if et is not None and issubclass(et, src):
                raise dst(f"translated: {ev}") from ev
        return False
class AppError(Exception):
    pass
log = []
results = []
for raw in ["10", "x", "0", "", "5"]:
    with suppress_logged(ValueError, ZeroDivisionError, log=log) as s:
        results.append(100 // int(raw))
        continue
    results.append(f"skipped {raw!r} ({type(s.caught).__name__})")
print(results)
print(log)
def lookup(d, k):
    with translate({KeyError: AppError, IndexError: AppError}):
        return d[k]
print(lookup({"a": 1}, "a"))
for args in [({"a": 1}, "b"), ([1], 5), ({}, [])]:
    try:
        lookup(*args)
    except AppError as e:
        print(type(e).__name__, e, "| from", type(e.__cause__).__name__)
    except TypeError as e:
        print("untranslated:", type(e).__name__, e)
def returns_inside():
    with suppress_logged(KeyError, log=log):
        return {}["missing"]
    return "fell through after suppression"
print(returns_inside(), log[-1])
with suppress_logged(OSError, log=log) as outer:
    with suppress_logged(KeyError, log=log) as inner:
        raise FileNotFoundError("config.ini")
print(inner.caught, type(outer.caught).__name__, log[-1])
try:
    with suppress_logged(KeyError, log=log):
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit passed through", e.code)
