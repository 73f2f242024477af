print("exec pkg_raise.bad")
raise RuntimeError("bad submodule")
