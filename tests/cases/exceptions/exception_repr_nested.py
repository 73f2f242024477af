# repr/str of exceptions with unusual args.
excs = [ValueError("quote ' and \""), KeyError(""), KeyError(("t", 1)), Exception(None, None),
        RuntimeError("multi\nline"), ValueError(1.5), Exception("é")]
for e in excs:
    print(repr(e))
    print(str(e))
class Quiet(Exception):
    def __str__(self):
        return ""
print(repr(Quiet("hidden")), "[" + str(Quiet("hidden")) + "]")
class Loud(Exception):
    def __repr__(self):
        return "Loud!"
print(repr(Loud()), str(Loud("x")))
