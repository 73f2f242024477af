# An uncaught ExceptionGroup carrying notes on the group and on the leaf exceptions.
def check(values):
    problems = []
    for i, v in enumerate(values):
        if v < 0:
            e = ValueError(f"negative value {v}")
            e.add_note(f"at index {i}")
            problems.append(e)
    if problems:
        eg = ExceptionGroup("validation failed", problems)
        eg.add_note("input came from sensor 7")
        raise eg
check([1, 2, 3])
print("first batch ok")
try:
    check([-5])
except ExceptionGroup as eg:
    print(eg, eg.__notes__, [(str(x), x.__notes__) for x in eg.exceptions])
print("second batch failed as expected")
check([4, -1, 5, -9])
