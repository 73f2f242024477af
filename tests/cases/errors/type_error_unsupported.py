# Unsupported operand types between a list and an int.
data = [1, 2, 3]
print(data * 2)
print(data + [4])
print([x - 1 for x in data])
doubled = data * 2
print(len(doubled), doubled.count(1))
shifted = data - 1
print(shifted)
print("unreachable")
