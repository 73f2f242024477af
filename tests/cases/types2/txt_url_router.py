# A URL router using startswith/endswith with tuples, split and removeprefix.
routes = [("/api/v2/", "api2"), ("/api/", "api"), ("/static/", "static"), ("/", "root")]
def route(path):
    path = path.split("?", 1)[0].split("#", 1)[0]
    for prefix, name in routes:
        if path.startswith(prefix):
            rest = path.removeprefix(prefix)
            segs = [s for s in rest.split("/") if s]
            return name, segs
    return None, []
for p in ["/api/users/7", "/api/v2/items/9/edit?x=1", "/static/css/site.css#top", "/", "/about//team/", "relative/path", ""]:
    print(repr(p), route(p))
def kind(path):
    if path.endswith((".css", ".js")):
        return "asset"
    if path.endswith((".png", ".jpg", ".jpeg", ".gif")):
        return "image"
    if path.endswith("/") or "." not in path.rsplit("/", 1)[-1]:
        return "page"
    return "file"
for p in ["/a.css", "/img/logo.PNG", "/img/logo.png", "/docs/", "/docs/intro", "/dl/archive.tar.gz", "/x.js"]:
    print(p, kind(p), kind(p.lower()))
print("abc".startswith(("x", "ab")), "abc".startswith(()), "abc".endswith(("c",), 0, 2), "abc".endswith("", 5), "abc".startswith("", 3))
print("abc".startswith("bc", 1), "abc".startswith("b", -2), "abc".endswith("ab", None, 2), "abc".startswith("abc", 0, 2))
for bad in [lambda: "abc".startswith(["a"]), lambda: "abc".endswith(("a", 1)), lambda: "abc".startswith(b"a")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
