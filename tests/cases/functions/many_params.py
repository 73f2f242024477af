# Functions with many parameters and defaults.
def config(host="localhost", port=8080, debug=False, retries=3, timeout=1.5, name=None, tags=()):
    return f"{host}:{port} debug={debug} retries={retries} timeout={timeout} name={name} tags={tags}"
print(config())
print(config("example.org", 443))
print(config(debug=True, tags=("a", "b")))
print(config(*["h", 1, True, 0, 0.0, "n", ("t",)]))
print(config(timeout=30, retries=0, name="svc"))
try:
    config(1, 2, 3, 4, 5, 6, 7, 8)
except TypeError as e:
    print(type(e).__name__, e)
try:
    config(hots="typo")
except TypeError as e:
    print(type(e).__name__, e)
print(config.__code__.co_argcount, len(config.__defaults__))
