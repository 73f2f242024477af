# Realistic: a formula evaluator for a spreadsheet-like sheet, using eval with a restricted namespace
import math

cells = {
    "A1": "10",
    "A2": "32.5",
    "A3": "=A1 * 2",
    "B1": "=sqrt(A1 * 10)",
    "B2": "=round(A2 / 3, 2)",
    "B3": "=max(A1, A2, A3) - min(A1, A3)",
    "C1": "=A1 + * 2",
    "C2": "=undefined_cell * 2",
    "C3": "=A1 / (A3 - 20)",
    "D1": "=__import__('sys')",
    "D2": "=C3 + 1",
    "D3": "=[A1, A2][5]",
}

SAFE = {"__builtins__": {"max": max, "min": min, "round": round, "abs": abs},
        "sqrt": math.sqrt, "pi": math.pi}

class Sheet(dict):
    def __init__(self, raw):
        super().__init__()
        self.raw = raw
        self.stack = []
    def __missing__(self, name):
        if name not in self.raw:
            raise KeyError(name)  # fall back to globals / builtins
        if name in self.stack:
            raise RecursionError("cycle at " + name)
        self.stack.append(name)
        try:
            value = evaluate(self.raw[name], self)
        finally:
            self.stack.pop()
        self[name] = value
        return value

def evaluate(text, sheet):
    if not text.startswith("="):
        return float(text)
    code = compile(text[1:], "<cell>", "eval")
    return eval(code, SAFE, sheet)

sheet = Sheet(cells)
for name in cells:
    try:
        value = sheet[name]
        print(name, "=", value)
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg, "at", e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
print(sorted(k for k in sheet))
