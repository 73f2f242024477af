# Popping from an empty work stack ends with an uncaught IndexError.
tasks = [("build", 3), ("test", 2), ("deploy", 1)]
stack = list(reversed(tasks))
print(stack, len(stack), stack[-1])
done = []
while stack:
    name, cost = stack.pop()
    done.append(name)
    print("processed", name, cost, "remaining", len(stack))
print(done, stack, bool(stack))
try:
    stack[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    stack.pop(0)
except IndexError as e:
    print(type(e).__name__, e)
queue = [1, 2, 3]
while True:
    item = queue.pop()
    print("drained", item, "remaining", len(queue))
