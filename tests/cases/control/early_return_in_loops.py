# Returning from within nested loops.
def first_dup(seq):
    for i, a in enumerate(seq):
        for b in seq[i + 1:]:
            if a == b:
                return a
    return "none"
print(first_dup([3, 1, 4, 1, 5]), first_dup("abcb"), first_dup([]), first_dup([1, 2, 3]))
def count_until(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(count_until(50), count_until(0), count_until(10 ** 6))
def collect(limit):
    out = []
    for i in range(100):
        if i % 7 == 0:
            continue
        out.append(i)
        if len(out) == limit:
            return out
    return out
print(collect(10), collect(0))
