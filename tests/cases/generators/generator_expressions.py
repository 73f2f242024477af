# Generator expressions: laziness, single pass, chaining.
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
nums = [1, 2, 3, 4, 5, 6]
evens = (n for n in nums if n % 2 == 0)
doubled = (n * 2 for n in evens)
print(list(doubled))
print(sum(x for x in range(1, 11)), max(len(s) for s in ["a", "bbb", "cc"]))
print(sorted((c for c in "generator"), reverse=True))
lines = ["# comment", "data 1", "", "data 2", "# other"]
data = (l for l in lines if l and not l.startswith("#"))
print(list(data))
it = (i for i in range(3))
print(iter(it) is it, 1 in it, list(it))
