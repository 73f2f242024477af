# An exception raised in finally replaces the original.
try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
