# Chained comparisons in conditions, evaluated once.
def val(x, label):
    print("eval", label)
    return x
if val(1, "a") < val(2, "b") < val(3, "c"):
    print("chain true")
if val(3, "d") < val(2, "e") < val(5, "f"):
    print("never")
else:
    print("short-circuited")
for x in [0, 5, 10, 15]:
    print(x, 0 < x < 10, 0 <= x <= 10, x == 5 == 5, 1 < x != 10)
a = b = c = 2
print(a == b == c, a is b is c, a < b == c)
