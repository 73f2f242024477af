# Closures combined with generators.
def make_gen_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
evens = make_gen_factory(2)
tens = make_gen_factory(10)
print(list(evens(5)), list(tens(3)))
def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print([avg(v) for v in [10, 20, 30, 40]])
def lazy_value(compute):
    cache = []
    def get():
        if not cache:
            print("computing once")
            cache.append(compute())
        return cache[0]
    return get
lv = lazy_value(lambda: sum(range(1000)))
print(lv(), lv(), lv())
