# Uncaught TypeError concatenating str and int.
parts = ["x", str(1), repr(2.5)]
print("".join(parts), len(parts))
items = ["a", "b", "c"]
print(len(items))
for i, item in enumerate(items):
    print(str(i) + ": " + item)
summary = "items: " + str(len(items))
print(summary)
label = "count: " + len(items)
print(label)
