# min/max/sorted consuming generators and iterators once; argmin/argmax idioms with enumerate.
temps = [12.5, 17.0, 9.25, 17.0, 21.75, 3.5, 21.75]
gen = (t for t in temps if t > 10)
print(max(gen), list(gen))
print(min(range(len(temps)), key=temps.__getitem__), max(range(len(temps)), key=temps.__getitem__))
print(min(enumerate(temps), key=lambda p: p[1]), max(enumerate(temps), key=lambda p: p[1]), max(reversed(list(enumerate(temps))), key=lambda p: p[1]))
it = iter(temps)
first = next(it)
print(first, max(it, default=None), max(it, default="exhausted"))
print(sorted(t for t in temps if t != 17.0), sorted(map(int, temps)), sorted(zip(temps, "abcdefg"))[:3])
readings = {"mon": [3, 9, 4], "tue": [], "wed": [7, 7], "thu": [1]}
peaks = {d: max(v, default=None) for d, v in readings.items()}
print(peaks, max((v for v in peaks.values() if v is not None)), min(readings, key=lambda d: sum(readings[d])))
print(max("apple", "Banana", "cherry", key=str.lower), min(*"xyz"), max([[1, 2], [1, 3], [0, 9]]), min(("b", 2), ("a", 3)))
words = (w for w in "one three five seven eleven".split())
print(max(words, key=len), max(words, key=len, default=""))
