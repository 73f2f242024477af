# update, intersection_update, difference_update, symmetric_difference_update, clear, copy.
s = {1, 2, 3}
s.update([4, 5], {6})
print(s)
s.intersection_update(range(2, 6))
print(s)
s.difference_update({2}, [3])
print(s)
s.symmetric_difference_update({5, 6, 7})
print(s)
t = s.copy()
t.add(100)
print(s, t)
s.clear()
print(s, len(s))
u = {1, 2}
u.update()
print(u)
