# sys.path: the script directory first, inserting and removing entries, relative entries.
import os
import sys

HERE = os.getcwd()


def rel(p):
    return os.path.relpath(p, HERE) if os.path.isabs(p) else "REL:" + p


def try_import(name):
    try:
        m = __import__(name)
        return "ok " + rel(m.__file__)
    except ImportError as e:
        return "%s: %s" % (type(e).__name__, e)


print("sys.path[0]", os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]),
      sys.path[0] == HERE)
print("type", type(sys.path).__name__)
print("before insert", try_import("pathmod_one"))

# a relative entry
sys.path.insert(0, "ns_pathdir")
import pathmod_one
print("relative entry", rel(pathmod_one.__file__), os.path.isabs(pathmod_one.__file__))
print(" spec origin", rel(pathmod_one.__spec__.origin))
import pathpkg
print(" package", rel(pathpkg.__file__), [rel(p) for p in pathpkg.__path__])

# removing the entry: imported modules stay, new ones are not found
sys.path.remove("ns_pathdir")
print("after remove", "pathmod_one" in sys.modules, try_import("pathmod_two"))

# an absolute entry, appended: the first match on sys.path wins
sys.path.append(os.path.join(HERE, "ns_pathdir2"))
sys.path.insert(0, os.path.join(HERE, "ns_pathdir"))
import pathdup
print("first match", pathdup.WHERE, rel(pathdup.__file__))
del sys.modules["pathdup"]
sys.path.remove(os.path.join(HERE, "ns_pathdir"))
import pathdup
print("after reorder", pathdup.WHERE)

# entries that are not directories are skipped
sys.path.insert(0, os.path.join(HERE, "does_not_exist_dir"))
sys.path.insert(0, os.path.join(HERE, "import_syspath.py"))
sys.path.insert(0, 42)
sys.path.insert(0, None)
print("junk entries", try_import("pathmod_three"))
del sys.path[:4]

# rebinding sys.path to a new list
saved = sys.path
sys.path = [os.path.join(HERE, "ns_pathdir")]
print("rebound path", try_import("pathmod_two"), "|", try_import("pathmod_four"))
sys.path = saved
print("restored", try_import("pathmod_four"))

# '' means the current directory
os.chdir("ns_pathcwd")
sys.path.insert(0, "")
import pathmod_cwd
os.chdir(HERE)
print("empty entry", os.path.basename(pathmod_cwd.__file__), os.path.isabs(pathmod_cwd.__file__),
      rel(pathmod_cwd.__file__))
sys.path.remove("")

# sys.path is consulted at import time, not cached at startup
print("script dir still first", os.path.basename(sys.path[0]))
