# An uncaught exception raised from another (chained traceback).
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"lookup of {k!r} failed") from e
table = {"a": 1, "c": 3}
for key in "ac":
    print(key, lookup(table, key))
print(lookup(table, "b"))
print("unreachable")
