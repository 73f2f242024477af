raise RuntimeError("failing submodule")
