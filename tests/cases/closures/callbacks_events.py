# Event handlers registered as closures.
listeners = {}
def on(event):
    def register(fn):
        listeners.setdefault(event, []).append(fn)
        return fn
    return register
def emit(event, *args):
    return [fn(*args) for fn in listeners.get(event, [])]
log = []
@on("save")
def log_save(name):
    log.append("saved " + name)
    return "logged"
@on("save")
def count_save(name):
    count_save.n = getattr(count_save, "n", 0) + 1
    return count_save.n
for i in range(3):
    on("tick")(lambda i=i: i * 10)
print(emit("save", "a.txt"), emit("save", "b.txt"), emit("tick"), emit("none"))
print(log, list(listeners))
