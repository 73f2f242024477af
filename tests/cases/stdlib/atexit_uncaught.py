# An uncaught exception is reported, then the atexit handlers run; the exit code is 1.
import atexit


def handler():
    print('handler runs after the traceback')


atexit.register(handler)
print('about to fail')
raise KeyError('uncaught')
