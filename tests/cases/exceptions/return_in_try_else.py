# return statements in try, except, else interacting with finally.
def f(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ZeroDivisionError
        if x == 1:
            return log + ["returned from try"]
    except ZeroDivisionError:
        log.append("except")
        return log + ["returned from except"]
    else:
        log.append("else")
        return log + ["returned from else"]
    finally:
        log.append("finally")
        print("  finally saw", log)
for v in [0, 1, 2]:
    print(v, f(v))
