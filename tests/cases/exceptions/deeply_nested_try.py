# Several layers of try with different handlers and finally blocks.
trace = []
def layer(n):
    try:
        trace.append(f"enter {n}")
        if n == 3:
            raise LookupError("deep")
        layer(n + 1)
    except KeyError:
        trace.append(f"keyerror at {n}")
    except LookupError as e:
        trace.append(f"lookup at {n}: {e}")
        if n > 1:
            raise KeyError(n)
    finally:
        trace.append(f"exit {n}")
layer(0)
for t in trace:
    print(t)
