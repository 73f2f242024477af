# assert: lazy message evaluation, AssertionError args, and custom message objects.
calls = []
def msg(text):
    calls.append(text)
    return text
assert True, msg("not evaluated")
print(calls)
try:
    assert 1 == 2, msg("evaluated")
except AssertionError as e:
    print(repr(e), e.args, calls)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
try:
    assert False, {"detail": [1, 2]}
except AssertionError as e:
    print(type(e.args[0]).__name__, e.args[0], str(e))
try:
    assert 0, None
except AssertionError as e:
    print(e.args, repr(str(e)))
class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
for v in [3, "3"]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
print(__debug__)
try:
    assert (lambda: False)(), "from lambda"
except AssertionError as e:
    print(e)
class BoolRaises:
    def __bool__(self):
        raise ValueError("cannot decide")
try:
    assert BoolRaises()
except ValueError as e:
    print(type(e).__name__, e)
