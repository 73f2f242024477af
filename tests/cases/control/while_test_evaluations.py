# while loops whose test runs at the top and again after each pass of the body:
# the test is evaluated exactly once per iteration, in order, with its side effects;
# continue re-tests, break skips the else, exceptions from the test propagate, and
# branches to the end of an if inside a loop go back to the loop's head.
calls = []


def probe(tag, value):
    calls.append(tag)
    return value


n = 0
while probe("t%d" % n, n < 3):
    n += 1
else:
    calls.append("else")
print(calls)

calls.clear()
i = 0
while probe("a", i < 5) and probe("b", i != 3):
    i += 1
    if i == 1:
        continue
    calls.append("body%d" % i)
print(i, calls)

calls.clear()
i = 0
while not probe("n", i >= 2) or probe("o", False):
    i += 1
else:
    calls.append("else")
print(i, calls)

node = {"next": {"next": {"next": None}}}
depth = 0
while node is not None:
    node = node["next"]
    depth += 1
print("depth", depth)

k = 10
while k:
    k -= 3
    if k < 0:
        break
else:
    print("not reached")
print("k", k)


def gen_items():
    items = [1, 2, 3]
    while items:
        yield items.pop()


print(list(gen_items()))

count = 0
while (count := count + 1) < 4:
    pass
print("walrus", count)

data = iter([3, 1, 4, 1, 5])
total = 0
while (x := next(data, None)) is not None:
    total += x
print("total", total)

j = 0
while j < 3:
    try:
        if j == 1:
            continue
        print("try", j)
    finally:
        print("finally", j)
        j += 1


class Flaky:
    def __init__(self):
        self.n = 0

    def __bool__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("third test")
        return True


f = Flaky()
try:
    while f:
        pass
except ValueError as e:
    print("raised", e, f.n)

found = []
for a in range(4):
    if a % 2:
        found.append("odd%d" % a)
    else:
        found.append("even%d" % a)
print(found)

x = 0
while True:
    x += 1
    if x == 5:
        break
print("x", x)

outer = 0
while outer < 3:
    inner = 0
    while inner < outer:
        inner += 1
    outer += 1
    print(outer, inner)
print([y for y in range(10) if y % 3 == 0])
