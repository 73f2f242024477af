# quit('message'): the message goes to stderr and the exit status is 1.
import sys
print('start')
sys.stdout.flush()
try:
    quit('first')
except SystemExit as e:
    print('caught', repr(e.code))
quit('bye from quit')
