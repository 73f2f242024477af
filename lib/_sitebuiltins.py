"""The interactive helpers that start-up puts into builtins: exit, quit, help,
copyright, credits and license.

The interpreter imports this module at every start-up and calls install() with the
builtins module, so it stays small and imports nothing at module level (sys and pydoc
are imported only when one of the objects is used).
"""


class Quitter:
    """The type of exit and quit: its repr tells how to leave the interpreter, and
    calling it raises SystemExit(code)."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        # Closing stdin first is what lets an interactive session end cleanly; a
        # stdin that is missing or cannot be closed does not matter here.
        try:
            import sys
            sys.stdin.close()
        except BaseException:
            pass
        raise SystemExit(code)


class _Printer:
    """The type of copyright, credits and license: a short text is shown by its repr;
    a longer one only when called (one screenful at a time)."""

    MAXLINES = 23

    def __init__(self, name, data):
        self._name = name
        self._lines = data.split("\n")

    def __repr__(self):
        if len(self._lines) <= self.MAXLINES:
            return "\n".join(self._lines)
        return "Type %s() to see the full %s text" % (self._name, self._name)

    def __call__(self):
        lines = self._lines
        shown = 0
        while shown < len(lines):
            for line in lines[shown:shown + self.MAXLINES]:
                print(line)
            shown += self.MAXLINES
            if shown >= len(lines):
                break
            while True:
                try:
                    answer = input("Hit Return for more, or q (and Return) to quit: ")
                except (EOFError, ValueError, OSError):
                    # No more input (stdin at EOF or closed): stop paging.
                    print()
                    return
                if answer in ("", "q"):
                    break
            if answer == "q":
                return


class _Helper:
    """The type of help: calling it runs pydoc's help system (interactive when
    called with no argument)."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


_COPYRIGHT = """\
Copyright (c) 2026 the Molt developers.
Python, the language Molt implements, is
Copyright (c) 2001 Python Software Foundation."""

_CREDITS = """\
    Thanks to the CPython developers and the Python community for the
    language Molt implements."""

_LICENSE = """\
Molt is an implementation of Python 3.12 written in Rust.  It is
distributed under the MIT license:

MIT License

Copyright (c) 2026 the Molt developers

Permission is hereby granted, free of charge, to any person obtaining a
copy of this software and associated documentation files (the
"Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be included
in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

The Python language that Molt follows is developed by the Python
Software Foundation and the Python community; Python's own license
(the PSF License Agreement) is at https://docs.python.org/3.12/license.html"""


def install(builtins):
    """Put exit, quit, help, copyright, credits and license on the builtins module."""
    import sys
    if sys.platform == "win32":
        eof = "Ctrl-Z plus Return"
    else:
        eof = "Ctrl-D (i.e. EOF)"
    builtins.exit = Quitter("exit", eof)
    builtins.quit = Quitter("quit", eof)
    builtins.help = _Helper()
    builtins.copyright = _Printer("copyright", _COPYRIGHT)
    builtins.credits = _Printer("credits", _CREDITS)
    builtins.license = _Printer("license", _LICENSE)
