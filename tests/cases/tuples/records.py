# Tuples as lightweight records sorted and grouped.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "sf"), ("di", 22, "nyc")]
for name, age, city in sorted(people, key=lambda p: (p[2], -p[1])):
    print(f"{name:<4}{age:>3} {city}")
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append((name, age))
print(by_city)
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0])
ages = tuple(p[1] for p in people)
print(ages, sum(ages) / len(ages))
names, ages2, cities = zip(*people)
print(names, ages2, cities)
