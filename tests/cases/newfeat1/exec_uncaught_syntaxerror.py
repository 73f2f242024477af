# Uncaught SyntaxError raised by exec() of generated code
rules = ["x > 1", "x < 10", "x !=== 3"]
for rule in rules:
    src = f"def check(x):\n    return {rule}\n"
    ns = {}
    exec(src, ns)
    print(rule, "->", [ns["check"](v) for v in (0, 5, 12)])
