# traceback: '[Previous line repeated N more times]' collapsing, extract_stack/format_stack/
# print_stack/walk_stack, StackSummary.extract options.
import sys
import traceback

# Tracebacks name this file by its absolute path: print them without it.
HERE = __file__.rpartition("/")[0] + "/"


class Out:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def show(self):
        print("".join(self.parts).replace(HERE, ""), end="")
        self.parts = []


def p(*args):
    print(" ".join(str(a) for a in args).replace(HERE, ""))


out = Out()


def recurse(n):
    if n == 0:
        raise RecursionError("bottom reached")
    recurse(n - 1)


for depth in (0, 1, 2, 3, 4, 5, 10):
    try:
        recurse(depth)
    except RecursionError:
        p("depth", depth)
        p(traceback.format_exc())


def ping(n):
    if n == 0:
        raise ValueError("ping-pong")
    pong(n - 1)


def pong(n):
    ping(n)


try:
    ping(6)
except ValueError:
    p(traceback.format_exc())

# Collapsing works on any StackSummary, and limit applies before collapsing.
frames = [("r.py", 5, "f", "f()")] * 7 + [("r.py", 9, "g", "g()")] * 4 + [("r.py", 1, "h", "")]
p("".join(traceback.format_list(frames)))
try:
    recurse(8)
except RecursionError as e:
    p("".join(traceback.format_exception(e, limit=5)))
    p("".join(traceback.format_exception(e, limit=-5)))
# Frames with no line number are never collapsed.
frames = [traceback.FrameSummary("n.py", None, "f", line="") for _ in range(6)]
p("".join(traceback.StackSummary.from_list(frames).format()))


# The stack functions.
def level3():
    stack = traceback.extract_stack()
    p([(fs.name, fs.lineno, fs.line) for fs in stack])
    p(traceback.format_stack())
    traceback.print_stack(file=out)
    out.show()
    p(traceback.format_stack(limit=2))
    p([fs.name for fs in traceback.extract_stack(limit=1)])
    p([fs.name for fs in traceback.extract_stack(limit=-1)])
    frame = sys._getframe()
    p([fs.name for fs in traceback.extract_stack(frame)])
    p([fs.name for fs in traceback.extract_stack(frame.f_back)])
    traceback.print_stack(frame.f_back, limit=1, file=out)
    out.show()
    p(traceback.format_stack(frame.f_back.f_back))
    p([(f.f_code.co_name, n) for f, n in traceback.walk_stack(frame)])
    summary = traceback.StackSummary.extract(traceback.walk_stack(None))
    p([fs.name for fs in summary])
    summary = traceback.StackSummary.extract(traceback.walk_stack(frame), limit=2)
    p([fs.name for fs in summary])
    summary = traceback.StackSummary.extract(traceback.walk_stack(frame), lookup_lines=False)
    p([fs._line for fs in summary])
    p([fs.line for fs in summary])
    local_value = [1, 2]
    summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()),
                                             capture_locals=True, limit=1)
    p([item for item in sorted(summary[0].locals.items()) if item[0] != "frame"])


def level2():
    level3()


def level1():
    level2()


level1()

# sys.tracebacklimit
try:
    recurse(3)
except RecursionError as e:
    sys.tracebacklimit = 2
    p(traceback.format_exc())
    sys.tracebacklimit = 0
    p(traceback.format_exc())
    sys.tracebacklimit = -3
    p(traceback.format_exc())
    p(traceback.format_exc(limit=1))
    del sys.tracebacklimit
    p(len(traceback.extract_tb(e.__traceback__)))
