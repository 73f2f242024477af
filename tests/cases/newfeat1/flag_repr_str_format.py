# repr/str/format/f-strings for Flag and IntFlag, incl. zero and composite values
from enum import Flag, IntFlag, auto

class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

vals = [Style.BOLD, Style.BOLD | Style.UNDERLINE, Style(0), ~Style.ITALIC,
        Mode.R, Mode.R | Mode.W, Mode(0), Mode(7), ~Mode.X]
for v in vals:
    print(repr(v), "|", str(v), "|", format(v), "|", f"{v}", "|", v.name)
print(f"{Mode.R | Mode.X:>6}|{Mode.W:03d}|{Mode(7):b}|{Mode.R!r}|{Mode.R!s}")
print(f"{Style.BOLD!s:>15}|{Style.ITALIC!r}")
print("%s %r %d" % (Mode.W, Mode.W, Mode.W))
print("%s %r" % (Style.BOLD, Style.BOLD))
print("{} {!r} {:x}".format(Mode.R | Mode.W, Mode.R, Mode(7)))
print(str([Style.BOLD, Mode.R]), [Style.BOLD | Style.ITALIC])
print({Style.BOLD: 1, Mode.X: 2})
print(repr(Mode(8)), str(Mode(8)), repr(Mode(9)), Mode(9).name)
print(repr(Mode.R | 8), repr(Mode(15)))
print(Style.BOLD.__class__.__name__, type(Mode.R).__mro__[1].__name__)
try:
    print(f"{Style.BOLD:d}")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(f"{Style.BOLD:>12}|")
