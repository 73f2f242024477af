# Uncaught ValueError from writing to a file after the with-block ended
P = "/tmp/molt_tests_newfeat1_uncaught_closed.txt"
with open(P, "w", encoding="utf-8") as log:
    log.write("started\n")
print("block done", log.closed)
log.write("too late\n")
