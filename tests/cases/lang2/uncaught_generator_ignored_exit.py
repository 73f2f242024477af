# A generator that keeps yielding after GeneratorExit: close() raises RuntimeError at the top level.
def poller(sources):
    ignored = False
    while True:
        for s in sources:
            try:
                yield f"poll {s}"
            except GeneratorExit:
                if ignored:
                    return
                ignored = True
                print(f"asked to stop while polling {s}, but continuing")
p = poller(["db", "cache"])
print(next(p), next(p), next(p))
p.close()
print("unreachable")
