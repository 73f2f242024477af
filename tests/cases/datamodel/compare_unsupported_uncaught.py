# Uncaught: sorting instances that do not define ordering.
class Task:
    def __init__(self, p):
        self.p = p
tasks = [Task(2), Task(1)]
print([t.p for t in tasks])
tasks.sort()
