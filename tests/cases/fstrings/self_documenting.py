# The = specifier for debugging output.
x = 10
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:5}")
print(f"{x*2=}")
print(f"{name=}", f"{name=!s}", f"{name=:>6}")
print(f"{items=}", f"{len(items)=}", f"{items[1:]=}")
print(f"{x + 1 = }", f"{x=!r:^8}|")
pi = 3.14159
print(f"{pi=:.2f}", f"{pi = :8.3f}|")
print(f"{'lit'=}", f"{None=}", f"{1/4=}")
d = {"k": 5}
print(f"{d['k']=}", f"{d=}")
