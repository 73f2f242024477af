# Method call on None returned from a function that fell off the end.
def find(items, target):
    for item in items:
        if item == target:
            return item
fruits = ["apple", "pear", "plum"]
for want in ["pear", "plum"]:
    found = find(fruits, want)
    print(found.upper())
missing = find(fruits, "fig")
print(missing)
print(missing.upper())
