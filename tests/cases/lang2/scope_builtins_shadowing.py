# Shadowing builtins at module, function and class level, and restoring them with del.
import builtins
list_ = list
def tally(items):
    sum = 0
    for x in items:
        sum += x
    return sum
print(tally([1, 2, 3]), sum([4, 5]))
list = lambda *a: "shadowed list"
print(list([1, 2]), list_((1, 2)))
del list
print(list((1, 2)))
class Report:
    len = 99
    def size(self, x):
        return len(x)
    def attr(self):
        return self.len
print(Report().size("abc"), Report().attr(), Report.len)
def uses_print():
    print = lambda *a: builtins.print("custom:", *a)
    print("hello")
uses_print()
print("normal print again")
def max(*args):
    return "module max"
print(max(1, 2), builtins.max(1, 2))
del max
print(max(1, 2))
try:
    del max
except NameError as e:
    print(type(e).__name__, e)
def local_del():
    len = 5
    del len
    try:
        return len
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
builtins.molt_test_value = "from builtins"
print(molt_test_value)
molt_test_value = "module level"
print(molt_test_value, builtins.molt_test_value)
del molt_test_value
print(molt_test_value)
del builtins.molt_test_value
try:
    molt_test_value
except NameError as e:
    print(type(e).__name__, e)
