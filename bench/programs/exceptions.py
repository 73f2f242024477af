# Raise and catch in a loop: built-in and user exception classes, finally,
# re-raise, exception attributes and isinstance dispatch.


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, "app error %d" % code)
        self.code = code


class SubError(AppError):
    pass


def risky(i):
    r = i % 5
    if r == 0:
        raise ValueError(i)
    if r == 1:
        raise SubError(i % 17)
    if r == 2:
        return {}["missing"]
    if r == 3:
        return 10 // (i - i)
    return i


def wrapper(i):
    try:
        return risky(i)
    except KeyError:
        raise AppError(1)


def main():
    counts = {"value": 0, "sub": 0, "app": 0, "zero": 0, "ok": 0}
    fin = 0
    codes = 0
    for i in range(1200000):
        try:
            try:
                wrapper(i)
                counts["ok"] += 1
            finally:
                fin += 1
        except SubError as e:
            counts["sub"] += 1
            codes += e.code
        except AppError as e:
            counts["app"] += 1
            codes += e.code
        except ValueError as e:
            counts["value"] += 1
            codes += e.args[0] % 3
        except ZeroDivisionError:
            counts["zero"] += 1
    keys = sorted(counts)
    print(" ".join("%s=%d" % (k, counts[k]) for k in keys))
    print("exceptions checksum", fin + codes)


main()
