# finally overriding return values, swallowing exceptions, and break/continue inside finally.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def except_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("  finally sees pending return")
print(except_then_finally())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)
print(value_captured())
def mutable_captured():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_captured())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_in_loop_finally():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
print(return_in_loop_finally())
def nested():
    try:
        try:
            return 1
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in gen_finally():
    print("got", v)
    break
print("after break")
