# Set order after removals (dummy slots) and re-insertions.
s = set(range(10))
print(s)
s.discard(3)
s.remove(7)
print(s)
s.add(13)
print(s)
s.add(3)
print(s)
s.add(7)
print(s)
for i in range(0, 10, 2):
    s.remove(i)
print(s)
s.update([40, 41, 42, 8, 16])
print(s)
t = {1, 9, 17, 25, 33}
t.remove(9)
t.add(41)
print(t)
t.remove(1)
t.add(1)
print(t)
while len(t) > 2:
    t.pop()
    print(t)
u = set(range(100))
for i in range(100):
    if i % 3:
        u.discard(i)
print(u)
u.update(range(200, 210))
print(u)
v = {5}
for i in range(60):
    v.add(i * 11)
    if i % 2:
        v.discard((i - 1) * 11)
print(v)
w = set(range(50))
w.clear()
w.update([34, 2, 66, 18])
print(w, w.pop(), w)
