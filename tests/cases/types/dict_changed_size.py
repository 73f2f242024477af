# Mutating dicts and sets during iteration raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
it = iter(d)
del d["a"]
d["c"] = 3
try:
    print(next(it))
except RuntimeError as e:
    print(type(e).__name__, e)
