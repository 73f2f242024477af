# Syntax error: ':=' with an attribute target.
print("this line must not run")
class C:
    pass
c = C()
if (c.x := 3) > 2:
    print(c.x)
