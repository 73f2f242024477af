# An uncaught ExceptionGroup: the traceback is printed as a box; the status records its last line.
def task(n):
    raise ValueError(f"task {n} failed")
errors = []
for n in range(2):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
raise ExceptionGroup("tasks failed", errors)
