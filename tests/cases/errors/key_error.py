# Missing dictionary key.
print("ann" in {"ann": 1}, list({"k": 1}))
print({}.get("x", "dflt"))
ages = {"ann": 31, "bob": 25}
ages["dee"] = 40
print(ages)
print(ages.get("cy"), ages.get("cy", 0))
for name in ["ann", "bob", "dee", "cy"]:
    print(name, ages[name])
print("unreachable")
