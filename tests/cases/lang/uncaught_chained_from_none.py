# raise ... from None: only the final exception is reported.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no setting named {k!r}") from None
print(lookup({"a": 1}, "a"))
lookup({}, "b")
