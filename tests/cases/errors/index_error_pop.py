# Popping from an empty list.
print([1, 2].pop(0), [3].pop())
stack = [1, 2, 3]
stack.append(4)
while True:
    top = stack.pop()
    print("popped", top, "remaining", stack)
    if top == 99:
        break
print("unreachable")
