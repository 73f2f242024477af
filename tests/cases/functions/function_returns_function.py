# Factories producing configured functions.
def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt
money = make_formatter("$", 8)
pct = make_formatter("%", 4)
print(money(12.5), money("x"), pct(7))
def make_checker(lo, hi):
    return lambda v: lo <= v <= hi
in_teens = make_checker(13, 19)
print([n for n in range(10, 22) if in_teens(n)])
def chain(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run
process = chain(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(process("  Hello Big World "), chain()(42))
