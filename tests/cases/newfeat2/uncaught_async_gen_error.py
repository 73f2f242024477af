# An exception raised inside an async generator escapes through async for and ends the program.
class Tick:
    def __await__(self):
        yield
async def read_lines(lines):
    for n, line in enumerate(lines, 1):
        await Tick()
        if not line.isascii():
            raise UnicodeError(f"line {n}: non-ASCII content {line!r}")
        yield line.strip()
async def count_words(lines):
    total = 0
    async for line in read_lines(lines):
        total += len(line.split())
        print("line ok:", line)
    return total
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(count_words(["a b", "c d e"])))
print(run(count_words(["one", "two three", "caf\u00e9 au lait", "never"])))
