# An exception escaping a hand-driven coroutine ends the program like any other.
class Pause:
    def __await__(self):
        yield "pause"
async def step(n):
    await Pause()
    if n == 2:
        raise LookupError(f"step {n} failed")
    return n
async def main():
    total = 0
    for i in range(4):
        total += await step(i)
        print("completed step", i)
    return total
c = main()
while True:
    c.send(None)
