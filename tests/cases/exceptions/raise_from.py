# Exception chaining with raise from and implicit context.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key!r}") from e
try:
    load("b")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("no chain") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
