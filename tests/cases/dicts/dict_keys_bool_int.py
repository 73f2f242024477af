# True/1 and False/0 collide as keys; first key object is kept.
d = {1: "int"}
d[True] = "bool"
print(d)
d2 = {True: "bool"}
d2[1] = "int"
print(d2)
d3 = {0: "a", False: "b", 0.0: "c"}
print(d3, len(d3))
d4 = {1.0: "f"}
d4[1] = "i"
print(d4)
print({1, True, 1.0}, {False, 0, 0.0})
