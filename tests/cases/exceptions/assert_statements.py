# assert with and without messages.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
for v in [5, -1, 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print(type(e).__name__, repr(str(e)), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never raised"
assert 1 == 1.0
print("asserts done")
