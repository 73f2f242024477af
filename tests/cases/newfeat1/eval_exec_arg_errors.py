# Argument validation and edge cases for eval/exec/compile
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("eval int", lambda: eval(5))
show("exec int", lambda: exec(5))
show("eval list", lambda: eval(["1"]))
show("eval kw", lambda: eval("1", globals={}))
show("exec no args", lambda: exec())
show("eval too many", lambda: eval("1", {}, {}, {}))
show("compile missing mode", lambda: compile("1", "<x>"))
show("compile bad mode", lambda: compile("1", "<x>", "expr"))
show("compile null", lambda: compile("a = 1\0", "<x>", "exec"))
show("eval null", lambda: eval("1\0"))
show("eval bytes", lambda: eval(b"6 * 7"))
show("eval bytearray", lambda: eval(bytearray(b"1 + 1")))
show("eval memoryview", lambda: eval(memoryview(b"2 + 2")))
show("eval leading ws", lambda: eval("   3 + 4"))
show("eval trailing nl", lambda: eval("3 + 4\n\n"))
show("exec leading ws", lambda: exec("   x = 1"))
show("eval statement", lambda: eval("x = 5"))
show("eval walrus", lambda: eval("(y := 5) + y"))
show("eval lambda", lambda: eval("lambda a, b=2: a * b")(4))
show("exec bytes coding", lambda: exec(b"# -*- coding: latin-1 -*-\nv = '\xe9'\nprint(repr(v))"))
show("exec bad utf8", lambda: exec(b"v = '\xff'"))
show("compile filename bytes", lambda: compile("1", b"bytes_name", "eval").co_filename)
show("eval unicode ident", lambda: eval("π * 2", {"π": 3}))

def outer():
    z = 1
    def inner():
        return z
    return inner

show("exec code with freevars", lambda: exec(outer().__code__))
show("eval code with freevars", lambda: eval(outer().__code__))
show("exec function code", lambda: exec((lambda: print("ran lambda code")).__code__))
show("exec closure kw", lambda: exec(outer().__code__, {}, closure=outer().__closure__))
show("eval mode code exec", lambda: exec(compile("1/0", "<z>", "eval")))
show("raise in exec", lambda: exec("raise KeyError('inside')"))
