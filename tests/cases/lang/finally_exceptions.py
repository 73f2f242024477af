# Exceptions raised in finally and except blocks replace the pending one but chain it.
import sys
def replace():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    replace()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def replace_return():
    try:
        return "value"
    finally:
        raise KeyError("cancels return")
try:
    replace_return()
except KeyError as e:
    print("return cancelled:", repr(e), e.__context__)
def exc_in_else():
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise IndexError("from else")
    finally:
        print("  finally after else, exc:", repr(sys.exception()))
try:
    exc_in_else()
except IndexError as e:
    print("caught", repr(e))
def finally_sees_exception():
    try:
        raise ValueError("pending")
    finally:
        print("  in finally:", repr(sys.exception()), sys.exc_info()[0].__name__)
try:
    finally_sees_exception()
except ValueError:
    pass
def handled_inside_finally():
    try:
        raise ValueError("pending")
    finally:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("  inner handled:", repr(k), "context", repr(k.__context__))
        print("  back to pending:", repr(sys.exception()))
try:
    handled_inside_finally()
except ValueError as e:
    print("pending still propagates:", repr(e))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  loop finally", count)
print("count", count)
def deep():
    try:
        try:
            raise ValueError(1)
        finally:
            raise ValueError(2)
    finally:
        raise ValueError(3)
try:
    deep()
except ValueError as e:
    chain = []
    while e:
        chain.append(e.args[0])
        e = e.__context__
    print("chain", chain)
