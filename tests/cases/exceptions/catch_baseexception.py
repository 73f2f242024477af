# SystemExit and KeyboardInterrupt are not Exceptions.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    raise SystemExit("message")
except Exception:
    print("never")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("never")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
print("still running")
