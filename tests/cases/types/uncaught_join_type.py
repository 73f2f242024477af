# The program ends with an uncaught TypeError from str.join.
parts = ["alpha", "beta"]
print("-".join(parts))
parts.append(3)
print(len(parts))
print(", ".join(parts))
