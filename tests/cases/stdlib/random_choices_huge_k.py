# random.choices and itertools.repeat with counts beyond a machine word: OverflowError at
# once (CPython's ssize_t conversion), not a loop that never ends; negative counts give
# nothing.
import itertools
import random

random.seed(1)
for call in ["random.choices('abc', k=10**30)",
             "random.choices('abc', weights=[1, 2, 3], k=2**63)",
             "random.choices('abc', cum_weights=[1, 2, 3], k=-2**64)",
             "random.choices('abc', k=2.5)",
             "itertools.repeat(None, 10**30)",
             "itertools.repeat(None, -2**63 - 1)"]:
    try:
        eval(call)
        print(call, "no error")
    except Exception as e:
        print(call, type(e).__name__, e)
print(random.choices("abc", k=-3), random.choices("abc", weights=[1, 2, 3], k=0))
print(len(random.choices("abc", k=2**10)), list(itertools.repeat(7, -5)), list(itertools.repeat(7, 2)))
print(repr(itertools.repeat("x", 2**63 - 1))[:20])
