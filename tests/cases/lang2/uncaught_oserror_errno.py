# An OSError subclass built with errno/strerror/filename: str() formats all three in the traceback.
ENOENT, EACCES = 2, 13
class Store:
    def __init__(self, files):
        self.files = files
    def read(self, name):
        if name not in self.files:
            raise FileNotFoundError(ENOENT, "No such file or directory", name)
        if self.files[name] is None:
            raise PermissionError(EACCES, "Permission denied", name)
        return self.files[name]
st = Store({"a.txt": "alpha", "secret": None})
print(st.read("a.txt"))
try:
    st.read("secret")
except PermissionError as e:
    print(type(e).__name__, e.errno == EACCES, e.strerror, e.filename, str(e))
e = OSError(ENOENT, "gone")
print(type(e).__name__, e.args, str(e))
print(type(OSError(EACCES, "x")).__name__, type(OSError("just message")).__name__)
st.read("missing.cfg")
