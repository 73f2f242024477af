"""Docstring of import_main."""
_initial = sorted(globals())
import os
import sys

if __name__ == "__main__":
    print("initial globals", _initial)
    print("__name__", __name__)
    print("__doc__", __doc__)
    print("__package__", repr(globals().get("__package__", "<missing>")))
    print("__spec__", globals().get("__spec__", "<missing>"))
    print("__cached__", globals().get("__cached__", "<missing>"))
    print("__loader__", type(globals().get("__loader__", "<missing>")).__name__)
    print("__file__", os.path.basename(__file__), os.path.isabs(__file__))
    print("__builtins__", type(__builtins__).__name__, __builtins__ is sys.modules["builtins"])
    main = sys.modules["__main__"]
    print("sys.modules['__main__']", type(main).__name__, main.__dict__ is globals())
    print("repr", repr(main).replace(os.getcwd() + os.sep, "<DIR>/"))
    import __main__
    print("import __main__", __main__ is main, __main__.__name__)
    print("import_main in sys.modules", "import_main" in sys.modules)

    import mod_main_check

    # importing the script by its own name executes it again as a separate module
    import import_main
    print("self import", import_main is main, import_main.__name__, import_main.__package__)
    print("self import file", os.path.basename(import_main.__file__),
          import_main.__spec__.name, type(import_main.__builtins__).__name__)
    print("self import globals", import_main._initial)
    print("sys.argv", [os.path.basename(a) for a in sys.argv])
    print("sys.path[0]", os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]))
else:
    print("import_main imported as", __name__)
