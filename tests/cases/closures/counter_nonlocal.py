# Counters built from closures with nonlocal.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100, -10)
print(c1(), c1(), c1(), c2(), c2(), c1())
def make_acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = make_acc()
for v in [5, 10, -3]:
    print(acc(v))
print(c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
