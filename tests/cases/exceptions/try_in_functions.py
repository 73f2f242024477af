# Exceptions crossing function boundaries.
def parse_int(s):
    return int(s)
def parse_all(items):
    out = []
    for s in items:
        out.append(parse_int(s))
    return out
def safe_parse_all(items):
    try:
        return parse_all(items)
    except ValueError as e:
        return f"failed: {e}"
print(safe_parse_all(["1", "2"]), safe_parse_all(["1", "two", "3"]))
def depth(n):
    if n == 0:
        raise IndexError(f"bottom reached")
    return depth(n - 1)
try:
    depth(50)
except IndexError as e:
    print("caught from depth 50:", e)
def finally_tracker(n, log):
    try:
        if n == 0:
            raise ValueError("zero")
        finally_tracker(n - 1, log)
    finally:
        log.append(n)
log = []
try:
    finally_tracker(4, log)
except ValueError:
    pass
print(log)
