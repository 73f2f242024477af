# Catching several exception types with a tuple.
def risky(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "1"
    if kind == "value":
        return int("z")
    if kind == "zero":
        return 1 / 0
    return "ok"
for kind in ["key", "index", "type", "value", "zero", "none"]:
    try:
        print(kind, risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "lookup error:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, "bad data:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
handled = (ZeroDivisionError, OverflowError)
try:
    2.0 ** 10000
except handled as e:
    print(type(e).__name__, e)
