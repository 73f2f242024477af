# sorted() with key functions, reverse and stability.
people = [("alice", 30), ("Bob", 25), ("carol", 35), ("dave", 25), ("Eve", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}))
print(sorted([-5, 3, -1, 4], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([1.5, 1, True, 0, False]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([3, 1], key=lambda x: None if x == 1 else x)
except TypeError as e:
    print(type(e).__name__, e)
