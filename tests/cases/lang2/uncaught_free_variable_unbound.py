# A closure reading an enclosing variable before it is assigned: NameError about a free variable.
def make_reporter(items):
    def report():
        return f"{len(items)} items, total {total}"
    if not items:
        return report
    total = sum(items)
    return report
print(make_reporter([1, 2, 3])())
print(make_reporter([5])())
print(make_reporter([])())
