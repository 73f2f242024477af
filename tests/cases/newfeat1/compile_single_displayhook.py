# 'single' mode uses sys.displayhook, which also sets builtins._
import sys
import builtins

ns = {}
exec(compile("6 * 7", "<s>", "single"), ns)
print("underscore:", builtins._)
exec(compile("None", "<s>", "single"), ns)
print("after None:", builtins._)
exec(compile("'abc'.upper()", "<s>", "single"), ns)
print("after str:", builtins._)

shown = []
def hook(value):
    shown.append(value)

old = sys.displayhook
sys.displayhook = hook
try:
    for src in ("1 + 1", "x = 5", "x * 3", "[x] * 2", "None", "print('direct')"):
        exec(compile(src, "<s>", "single"), ns)
finally:
    sys.displayhook = old
print("hooked:", shown)
print(sys.displayhook is old, sys.displayhook is sys.__displayhook__)

# eval() and exec in 'exec' mode never call displayhook
sys.displayhook = hook
try:
    eval("100")
    exec("200")
    exec(compile("300", "<s>", "exec"))
    eval(compile("400", "<s>", "single"))
finally:
    sys.displayhook = old
print("hooked again:", shown)

def broken(value):
    raise RuntimeError("hook failed for " + repr(value))
sys.displayhook = broken
try:
    exec(compile("'boom'", "<s>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
finally:
    sys.displayhook = old
del sys.displayhook
try:
    exec(compile("1", "<s>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
sys.displayhook = old
sys.displayhook("restored")
print()
