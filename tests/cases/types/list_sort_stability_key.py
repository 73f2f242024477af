# list.sort/sorted stability with key and reverse.
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -r[1]))
print(sorted(recs, reverse=True))
a = list(recs)
a.sort(key=lambda r: r[0], reverse=True)
a.sort(key=lambda r: r[1])
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=None))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
calls = []
def k(x):
    calls.append(x)
    return x % 3
r = sorted([5, 4, 3, 2, 1, 0], key=k)
print(r, calls)
b = [3, 1, 2]
print(b.sort(), b, b.sort(reverse=True), b)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -2)))
e = []
e.sort()
print(e, sorted([]), sorted([1]), sorted([2, 2, 2]))
print(sorted([float("inf"), -1, 0.0, -0.0, 1e300]))
