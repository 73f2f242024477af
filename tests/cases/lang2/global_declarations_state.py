# Module-level state updated via `global` from functions, nested functions, and class methods.
counter = 0
registry = []
config = {"debug": False}
def bump(n=1):
    global counter
    counter += n
    return counter
def register(name):
    registry.append(name)
    return len(registry)
def reset():
    global counter, registry
    counter = 0
    registry = []
def toggle():
    config["debug"] = not config["debug"]
def replace_config():
    global config
    config = {"debug": "replaced"}
print(bump(), bump(5), register("a"), register("b"))
toggle()
print(counter, registry, config)
reset()
print(counter, registry)
replace_config()
print(config)
def outer():
    counter = "local"
    def inner():
        global counter
        counter += 100
        return counter
    return inner(), counter
print(outer(), counter)
class Service:
    def start(self):
        global started_by
        started_by = type(self).__name__
        return started_by
Service().start()
print(started_by)
def make_global(name, value):
    globals()[name] = value
make_global("dynamic", 42)
print(dynamic)
def shadow_error():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow_error()
def late():
    global not_yet
    not_yet = "created"
try:
    not_yet
except NameError as e:
    print(type(e).__name__, e)
late()
print(not_yet)
print(sorted(k for k in ("counter", "registry", "config", "dynamic", "not_yet") if k in globals()))
