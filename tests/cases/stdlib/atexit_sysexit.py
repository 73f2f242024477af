# sys.exit() still runs the atexit handlers; the exit code is kept.
import atexit
import sys


def handler(n):
    print('handler', n)


for i in range(3):
    atexit.register(handler, i)
print('exiting with 5')
sys.exit(5)
