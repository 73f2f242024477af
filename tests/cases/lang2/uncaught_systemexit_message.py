# sys.exit() with a string after validation errors: exit code 1 and the message on stderr.
import sys
def check(cfg):
    problems = []
    for key in ("name", "version"):
        if key not in cfg:
            problems.append(f"missing {key}")
    return problems
ok = {"name": "molt", "version": "0.1"}
print("ok config problems:", check(ok))
bad = {"name": "molt"}
problems = check(bad)
print("bad config problems:", problems)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
if problems:
    sys.exit("config error: " + "; ".join(problems))
print("unreachable")
