# Uncaught FileNotFoundError from reading a missing config file
def load_config(path):
    with open(path, encoding="utf-8") as f:
        return f.read()

print("loading")
try:
    load_config("/tmp/molt_tests_newfeat1_no_dir/a.cfg")
except OSError as e:
    print("first attempt:", e.strerror)
load_config("/tmp/molt_tests_newfeat1_no_dir/settings.cfg")
print("unreachable")
