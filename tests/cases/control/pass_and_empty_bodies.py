# pass statements, empty-ish bodies and ellipsis.
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    print("never")
while False:
    pass
def stub():
    ...
print(stub(), ..., Ellipsis, ... is Ellipsis)
try:
    pass
except Exception:
    pass
finally:
    print("finally ran")
x = 1
if x == 1: print("one-liner if")
for i in range(2): print("one-liner for", i)
