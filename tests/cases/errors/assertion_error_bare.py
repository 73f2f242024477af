# A failing assert without a message.
x = 5
assert x == 5
print("first assert passed")
assert isinstance(x, int), "x should be an int"
print("second assert passed")
items = [x] * 3
assert len(items) == 3
print("third assert passed", items)
assert x > 10
print("unreachable")
