# Uncaught IsADirectoryError from opening a directory for writing
targets = ["/tmp/molt_tests_newfeat1_isdir_ok.txt", "/tmp"]
for t in targets:
    with open(t, "w") as f:
        f.write("x")
    print("wrote", t)
