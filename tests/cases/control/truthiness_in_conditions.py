# Truth values of many objects in if statements.
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
class AlwaysFalse:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print("yes" if AlwaysFalse() else "no", "yes" if Sized() else "no")
