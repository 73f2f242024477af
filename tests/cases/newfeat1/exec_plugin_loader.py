# Realistic: load "plugins" from source strings, each in its own namespace, with a registry API
PLUGINS = {
    "upper": '''
NAME = "upper"
def transform(text):
    return text.upper()
register(NAME, transform)
''',
    "reverse": '''
def transform(text):
    return text[::-1]
register("reverse", transform, priority=5)
''',
    "counter": '''
calls = 0
def transform(text):
    global calls
    calls += 1
    return f"{text} #{calls}"
register("counter", transform, priority=1)
''',
    "broken_syntax": '''
def transform(text)
    return text
''',
    "broken_runtime": '''
register("late", undefined_function)
''',
    "forbidden": '''
import os
''',
}

registry = []

def make_api(plugin_name):
    def register(name, func, priority=10):
        registry.append((priority, name, func, plugin_name))
    return {"register": register}

def restricted_import(name, *args):
    raise ImportError(f"import of {name!r} is not allowed in plugins")

namespaces = {}
for pname, source in PLUGINS.items():
    ns = {"__name__": "plugin_" + pname,
          "__builtins__": {"__import__": restricted_import, "len": len, "print": print}}
    ns.update(make_api(pname))
    try:
        code = compile(source, f"<plugin {pname}>", "exec")
        exec(code, ns)
    except SyntaxError as e:
        print(f"{pname}: syntax error {e.msg!r} line {e.lineno} in {e.filename}")
        continue
    except Exception as e:
        print(f"{pname}: failed with {type(e).__name__}: {e}")
        continue
    namespaces[pname] = ns
    print(f"{pname}: loaded, names={sorted(k for k in ns if not k.startswith('__'))}")

registry.sort(key=lambda r: (r[0], r[1]))
print([(p, n) for p, n, _, _ in registry])
text = "plug"
for _, name, func, owner in registry:
    text = func(text)
    print(f"after {name}: {text!r}")
for _ in range(2):
    text = namespaces["counter"]["transform"](text)
print(text, namespaces["counter"]["calls"])
print(registry[0][2].__module__, registry[0][2].__code__.co_filename)
