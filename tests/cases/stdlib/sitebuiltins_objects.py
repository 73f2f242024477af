# The interactive helpers that start-up puts into builtins: exit, quit, help,
# copyright, credits, license (their types, reprs and what calling exit/quit does).
# The texts of copyright/credits/license are implementation-specific: not printed.
import builtins
import sys

names = ['exit', 'quit', 'help', 'copyright', 'credits', 'license']
for name in names:
    obj = getattr(builtins, name)
    print(name, type(obj).__name__, type(obj).__module__, callable(obj))

print(repr(exit))
print(repr(quit))
print(str(exit))
print(repr(help))
print(repr(license))
print(exit.name, quit.name, repr(exit.eof))
print(type(exit) is type(quit))
print(type(copyright) is type(credits) is type(license))
print(isinstance(repr(copyright), str), isinstance(repr(credits), str))

# exit() and quit() raise SystemExit with the code given (None by default), after
# closing sys.stdin.
print('stdin closed before:', sys.stdin.closed)
for call in (lambda: exit(3), lambda: quit(), lambda: exit('bye'), lambda: quit(code=0),
             lambda: exit(None)):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
print('stdin closed after:', sys.stdin.closed)
try:
    exit(1, 2)
except TypeError as e:
    print('TypeError')
# Calling it again with stdin already closed still just raises SystemExit.
try:
    quit(7)
except SystemExit as e:
    print('again', e.code)
