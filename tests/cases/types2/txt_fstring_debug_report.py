# f-string self-documenting expressions and conversions in a debug report.
width, height = 12, 7.5
name = "Widget ünï"
items = [3, 1, 2]
print(f"{width=}", f"{height=:.2f}", f"{name=!r}", f"{name=!s}", f"{name=!a}")
print(f"{width * height=}", f"{len(items)=}", f"{sorted(items)=}", f"{ width = }", f"{items[0]=:>5}")
print(f"{'nested ' + name.upper()=}")
data = {"k": [1, {"deep": "value"}]}
print(f"{data['k'][1]['deep']=}", f"{data=}")
x = 0.1 + 0.2
print(f"{x=}", f"{x=:.3f}", f"{x=!r:>25}", f"{x!r}", f"{x!s:^24}|")
def f(v):
    return v * 2
print(f"{f(21)=}", f"{(lambda q: q + 1)(1)=}", f"{[i * i for i in range(4)]=}")
total = 1234567.891
print(f"{total=:,.2f}", f"{total=:_.1f}", f"{total=:e}", f"{int(total)=:#x}")
level = 3
print(f"{'*' * level=}", f"{level>2=}", f"{level == 3 = }", f"{level:{'>'}{level * 3}}")
print(f"{{literal}} {level}", f"{{{level}}}", f"{'{'}{level}{'}'}")
