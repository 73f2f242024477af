# sys.exit(0) after output exits successfully; finally blocks still run.
import sys
def main():
    for step in ["load", "process", "save"]:
        print("step", step)
    return 0
try:
    print("in try")
    sys.exit(main())
finally:
    print("finally runs during exit")
print("unreachable")
