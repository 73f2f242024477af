# genericpath imported before os (the import cycle genericpath -> os -> posixpath ->
# genericpath must work), its public functions, and os.path sharing them.
import genericpath
import os
import posixpath

print(sorted(genericpath.__all__))
print(genericpath.commonprefix(["/usr/lib", "/usr/local"]), genericpath.commonprefix([]))
print(genericpath.exists("."), genericpath.isdir("."), genericpath.isfile("."),
      genericpath.islink("."), genericpath.exists("no_such_file_here"))
print(genericpath.samestat(os.stat("."), os.stat(".")),
      genericpath.samefile(".", os.getcwd()))
name = os.path.basename(__file__)
print(genericpath.isfile(name), genericpath.getsize(name) > 0,
      type(genericpath.getmtime(name)).__name__)
for n in genericpath.__all__:
    print(n, getattr(posixpath, n) is getattr(genericpath, n),
          getattr(os.path, n) is getattr(posixpath, n))
