# Printing dicts sorted in different ways.
scores = {"ann": 88, "bob": 95, "cyd": 70, "dee": 95, "eve": 60}
for name in sorted(scores):
    print(name, scores[name])
print("---")
for name, s in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(name, s)
print("---")
ranked = sorted(scores, key=lambda n: (-scores[n], n))
for rank, name in enumerate(ranked, 1):
    print(rank, name, scores[name])
grades = {n: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F") for n, s in scores.items()}
print(grades)
