# Walking __context__/__cause__ chains.
def a():
    raise KeyError("root")
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("middle") from e
def c():
    try:
        b()
    except ValueError:
        raise RuntimeError("top")
try:
    c()
except RuntimeError as e:
    cur = e
    while cur is not None:
        link = "cause" if cur.__cause__ is not None else "context"
        print(type(cur).__name__, repr(str(cur)), link)
        cur = cur.__cause__ or cur.__context__
