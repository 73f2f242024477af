# Order of try/except/else/finally clauses.
def run(x):
    try:
        print("  try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        r = None
    else:
        print("  else", r)
    finally:
        print("  finally")
    return r
for v in [2, 0, -3]:
    print("result", run(v))
try:
    pass
finally:
    print("finally without except")
try:
    print("body")
except Exception:
    print("never")
else:
    print("else ran")
