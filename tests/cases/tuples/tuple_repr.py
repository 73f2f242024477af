# repr of tuples including nesting and singletons.
print((1,), ((1,),), (1, 2), ((),), ("a",), ("a", "b"), (None,), ([], {}))
print(repr(()), str((1, "x")), [(1,), (2, 3)])
print(tuple(tuple(range(i)) for i in range(4)))
print((1.5, -0.0, True, b"x", "q'"))
nested = (1, (2, (3, (4, ()))))
print(nested, len(nested), nested[1][1][1])
for n in range(4):
    t = tuple(range(n))
    print(n, repr(t), str(t), len(repr(t)))
print(("it's", 'say "x"'), (1.0, 2.50, 1e-7))
print(f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((3,)))
