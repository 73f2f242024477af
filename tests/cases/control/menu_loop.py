# A command loop processing scripted input with while/if/continue/break.
script = ["push 5", "push 3", "add", "push 10", "mul", "", "# comment", "dup", "print",
          "pop", "pop", "pop", "push x", "print", "quit", "push 1"]
stack = []
step = 0
while step < len(script):
    line = script[step]
    step += 1
    if not line or line.startswith("#"):
        continue
    op, *args = line.split()
    if op == "push":
        if not args[0].lstrip("-").isdigit():
            print("bad number:", args[0])
            continue
        stack.append(int(args[0]))
    elif op in ("add", "mul"):
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if op == "add" else a * b)
    elif op == "dup":
        stack.append(stack[-1])
    elif op == "pop":
        if stack:
            print("popped", stack.pop())
        else:
            print("stack empty")
    elif op == "print":
        print("stack:", stack)
    elif op == "quit":
        print("quitting at step", step)
        break
    else:
        print("unknown op", op)
else:
    print("script exhausted")
print("final", stack, step)
