# Functions accepting any iterable.
def mean(it):
    total = count = 0
    for v in it:
        total += v
        count += 1
    return total / count if count else None
print(mean([1, 2, 3, 4]), mean(x * x for x in range(5)), mean(range(101)), mean([]), mean(()))
def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out
print(take(3, "abcdef"), take(5, range(2)), take(0, [1]))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["a", "abc", "ab"]))
print(", ".join(str(i) for i in range(5)), sorted(c for c in "hello"))
