# Sets of pseudo-random ints printed directly; order depends only on int hashes and insertion history.
state = 777
def rnd(mod):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % mod
for size in [3, 5, 8, 13, 21]:
    s = {rnd(1000) - 500 for _ in range(size)}
    print(s)
s = set()
for i in range(40):
    s.add(rnd(10**6))
    if i % 3 == 0:
        s.discard(min(s))
print(s)
t = set(rnd(2**40) for _ in range(12))
print(t)
u = {rnd(64) * 2**61 + rnd(8) for _ in range(10)}
print(u)
v = set(range(-30, 30, 7)) ^ {rnd(50) for _ in range(10)}
print(v)
w = frozenset(rnd(100) for _ in range(30))
print(w, len(w))
