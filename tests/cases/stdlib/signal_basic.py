import signal, os
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.NSIG, signal.SIG_DFL, repr(signal.SIG_IGN))
print(signal.strsignal(2), signal.strsignal(15), signal.Signals.SIGINT, repr(signal.SIGTERM))
got = []
def h(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000): pass
print(got)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(100): pass
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h, signal.getsignal(signal.SIGUSR1))
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print("TypeError", e)
print(len(signal.valid_signals()))
