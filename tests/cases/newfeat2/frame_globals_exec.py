# f_globals/f_builtins of frames, including code run by exec() with custom globals.
import sys
def frame_of_caller():
    return sys._getframe(1)
print(frame_of_caller().f_globals is globals())
print("len" in frame_of_caller().f_builtins, frame_of_caller().f_builtins["len"] is len)
ns = {"grab": frame_of_caller, "marker": "custom-ns"}
ns["g_check"] = ns
exec("f = grab()\nresult = (f.f_globals is g_check, f.f_globals['marker'], f.f_code.co_name)", ns)
print(ns["result"])
exec("def fn():\n    return grab().f_code.co_name, grab().f_globals.get('marker')\nout = fn()", ns)
print(ns["out"])
loc = {}
exec("import sys\nframe_names = sys._getframe().f_code.co_name\nsame = sys._getframe().f_locals is sys._getframe().f_locals", ns, loc)
print(loc["frame_names"], loc["same"], "frame_names" in ns)
code = compile("sys._getframe().f_code.co_filename", "<my-snippet>", "eval")
print(eval(code, {"sys": sys}))
print(eval("sys._getframe().f_back.f_code.co_name", {"sys": sys}))
def caller_of_eval():
    return eval("sys._getframe(1).f_code.co_name", {"sys": sys})
print(caller_of_eval())
def module_name_from_frame():
    return sys._getframe(1).f_globals["__name__"]
print(module_name_from_frame())
print(eval("who()", {"who": module_name_from_frame, "__name__": "fake_module"}))
def counter_in_globals():
    g = sys._getframe().f_globals
    g["COUNTER"] = g.get("COUNTER", 0) + 1
    return COUNTER
print(counter_in_globals(), counter_in_globals(), COUNTER)
restricted = {"__builtins__": {"len": len, "sorted": sorted}, "grab": frame_of_caller}
exec("b = grab().f_builtins\nkeys = sorted(b)", restricted)
print(restricted["keys"])
