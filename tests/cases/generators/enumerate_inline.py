# `for ... in enumerate(generator)`: the pairs, start values (negative, near and past the
# machine-word range), items not unpacked, an exception inside the generator, leaving
# the loop early, and the enumerate object after its generator is done.

def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i * i

print([p for p in enumerate(gen(4))])
for i, v in enumerate(gen(4), 10):
    print(i, v)
for item in enumerate(gen(3), -2):
    print(item, type(item).__name__)
for i, v in enumerate(gen(3), 2 ** 47 - 2):
    print(i, v)
for i, v in enumerate(gen(2), 2 ** 80):
    print(i, v)

try:
    for i, v in enumerate(gen(5, fail_at=3)):
        print("got", i, v)
except ValueError as e:
    print("ValueError:", e)

e = enumerate(gen(5))
for i, v in e:
    if i == 2:
        break
print(next(e), list(e))
print(list(e), next(e, "done"))

g = gen(3)
e = enumerate(g)
for pair in e:
    pass
print(pair, next(e, "exhausted"), next(g, "gen exhausted"))

# Nested: an enumerate of a generator that itself loops over an enumerate of one.
def labelled(src):
    for i, v in enumerate(src, 1):
        yield "%d:%s" % (i, v)
for i, s in enumerate(labelled(gen(3))):
    print(i, s)

# The generator reads the enumerate while it runs.
def peeking():
    yield "a"
    try:
        next(holder[0])
    except ValueError as e:
        yield "ValueError: %s" % e
    yield "c"
holder = []
holder.append(enumerate(peeking()))
for i, v in holder[0]:
    print(i, v)
