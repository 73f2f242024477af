# Many small calls: closures, nonlocal counters, default args, keyword args,
# higher-order functions, bound methods.


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v


def kw(a, b=2, *, c=3):
    return a * b + c


def main():
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    acc = Acc()
    add = acc.add
    f = compose(adders[3], adders[4])
    total = 0
    for i in range(2000000):
        a = adders[i % 10]
        total += a(i) & 0xFFFF
        counter()
        counter(step=2)
        add(f(i) % 7)
        total += kw(i % 5, c=i % 3)
        total += kw(1, 2)
    total += apply_n(make_adder(3), 800000, 0)
    total += apply_n(lambda v: (v * 3 + 1) % 65521, 800000, 1)
    print("closures_calls checksum", total, counter(0), acc.total)


main()
