# Order of finally/except/else across nested calls and loops, including returns overriding.
log = []
def acquire(name):
    log.append(f"acquire {name}")
def release(name):
    log.append(f"release {name}")
def level3(fail):
    acquire("L3")
    try:
        if fail == 3:
            raise ValueError("fail at L3")
        return "L3 ok"
    finally:
        release("L3")
def level2(fail):
    acquire("L2")
    try:
        result = level3(fail)
        if fail == 2:
            raise KeyError("fail at L2")
    except ValueError as e:
        log.append(f"L2 handled {e}")
        result = "L2 recovered"
    else:
        log.append("L2 else")
    finally:
        release("L2")
    return result
def level1(fail):
    for attempt in range(3):
        try:
            acquire(f"L1#{attempt}")
            if attempt < 1:
                continue
            return level2(fail)
        except KeyError as e:
            log.append(f"L1 handled {e}")
            if attempt == 2:
                return "L1 gave up"
        finally:
            release(f"L1#{attempt}")
for fail in (0, 3, 2):
    log.clear()
    print(fail, level1(fail))
    print("   ", log)
def override():
    try:
        return "from try"
    finally:
        log.append("finally ran")
def override2():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
log.clear()
print(override(), override2(), swallow(), log)
def nested_finally():
    out = []
    try:
        try:
            out.append("inner try")
            raise TypeError("t")
        finally:
            out.append("inner finally")
    except TypeError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out
print(nested_finally())
