# Side effects and evaluation order inside comprehensions.
log = []
def track(v):
    log.append(v)
    return v
result = [track(x) * 2 for x in range(3) if track(-x) <= 0]
print(result, log)
log.clear()
d = {track(k): track(k * 10) for k in range(2)}
print(d, log)
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print([bump() for _ in range(5)], counter)
first_it = [track(i) for i in range(2)]
print(first_it)
