# contextlib.chdir: changes the working directory for the block, restores it afterwards
# (also after an exception), reentrant. Needs the os module.
import os
from contextlib import chdir, AbstractContextManager


def here():
    return os.getcwd().rstrip('/').rsplit('/', 1)[-1]


start = os.getcwd()
print(here())
with chdir('..') as result:
    print('inside', here(), result)
print('restored', os.getcwd() == start)

c = chdir('..')
print(c.path, isinstance(c, AbstractContextManager))
with c:
    print('first level', here())
    with c:
        print('second level', here())
    print('back to first', here())
print('restored', os.getcwd() == start)

try:
    with chdir('..'):
        raise ValueError('fail inside')
except ValueError as e:
    print(type(e).__name__, e)
print('restored after exception', os.getcwd() == start)

try:
    with chdir('no-such-directory-here'):
        print('not reached')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print('unchanged', os.getcwd() == start)
