# __exit__ runs on return, break and continue; nested managers unwind in reverse.
class CM:
    log = []
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        CM.log.append("enter " + self.tag)
        return self.tag
    def __exit__(self, *exc):
        CM.log.append("exit " + self.tag)
def f():
    with CM("a") as a:
        with CM("b") as b:
            return a + b
print(f(), CM.log)
CM.log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 2:
            break
        CM.log.append("body " + str(i))
print(CM.log)
CM.log.clear()
with CM("x") as x, CM("y") as y, CM("z") as z:
    CM.log.append("body " + x + y + z)
print(CM.log)
