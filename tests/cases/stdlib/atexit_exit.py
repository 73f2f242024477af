# Handlers registered with atexit run when the program ends normally, last registered first;
# a failing handler is reported on stderr and does not change the exit code.
import atexit


def goodbye(name, punctuation='.'):
    print('goodbye', name + punctuation)


def failing():
    print('failing handler runs')
    raise ValueError('handler failed')


atexit.register(goodbye, 'first')
atexit.register(failing)
atexit.register(goodbye, 'second', punctuation='!')


@atexit.register
def last():
    print('registered last, runs first')


def cancelled():
    print('never printed')


atexit.register(cancelled)
atexit.unregister(cancelled)
print('end of main')
