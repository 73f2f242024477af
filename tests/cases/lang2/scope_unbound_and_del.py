# UnboundLocalError in realistic code paths: conditional assignment, del, except-as cleanup.
def parse(text):
    if text.isdigit():
        value = int(text)
    elif text.startswith("0x"):
        value = int(text, 16)
    return value
for t in ["12", "0x1f", "abc"]:
    try:
        print(parse(t))
    except UnboundLocalError as e:
        print(type(e).__name__, e)
def cleanup():
    data = [1, 2]
    del data
    try:
        return data
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(cleanup())
def handler():
    try:
        1 / 0
    except ZeroDivisionError as err:
        msg = str(err)
    try:
        return err
    except UnboundLocalError as e:
        return msg + " | " + str(e)
print(handler())
def loop_var():
    for item in []:
        pass
    try:
        return item
    except UnboundLocalError as e:
        return str(e)
print(loop_var())
x = "global x"
def reads_then_assigns():
    try:
        y = x
    except UnboundLocalError as e:
        y = str(e)
    x = "local x"
    return y, x
print(reads_then_assigns())
def nested_free():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 3
    return inner()
print(nested_free())
def del_free():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_free())
def with_walrus(items):
    if any((hit := i) > 2 for i in items):
        return hit
    return None
print(with_walrus([1, 5, 7]), with_walrus([1]))
