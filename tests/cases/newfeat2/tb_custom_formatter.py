# A hand-written traceback formatter in the style of the traceback module, without importing it.
import sys
BASE = sys._getframe().f_lineno
def format_tb(exc):
    lines = ["Traceback (most recent call last):"]
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        fname = code.co_filename.rsplit("/", 1)[-1]
        lines.append(f'  File "{fname}", line +{tb.tb_lineno - BASE}, in {code.co_name}')
        tb = tb.tb_next
    msg = str(exc)
    lines.append(f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__)
    for note in getattr(exc, "__notes__", []):
        lines.append(note)
    return "\n".join(lines)
def format_chain(exc):
    parts = []
    while exc is not None:
        parts.append(format_tb(exc))
        if exc.__cause__ is not None:
            parts.append("\nThe above exception was the direct cause of the following exception:\n")
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            parts.append("\nDuring handling of the above exception, another exception occurred:\n")
            exc = exc.__context__
        else:
            exc = None
    return "\n".join(reversed(parts))
def parse_port(s):
    return int(s)
def connect(host, port):
    try:
        p = parse_port(port)
    except ValueError as e:
        err = ConnectionError(f"bad port for {host}")
        err.add_note(f"port value was {port!r}")
        raise err from e
    return p
def main():
    connect("db", "5432")
    connect("cache", "six")
try:
    main()
except ConnectionError as e:
    print(format_chain(e))
print("---")
def cleanup():
    try:
        raise KeyError("primary")
    finally:
        raise AssertionError
try:
    cleanup()
except AssertionError as e:
    print(format_chain(e))
