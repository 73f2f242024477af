# An exception raised several frames deep.
def parse_record(line):
    fields = line.split(",")
    return {"name": fields[0], "age": int(fields[1])}
def parse_all(lines):
    return [parse_record(l) for l in lines]
def load(text):
    print("loading", len(text.splitlines()), "lines")
    return parse_all(text.splitlines())
def main():
    good = load("ann,31\nbob,25")
    print(good)
    load("cy,40\ndee,forty")
main()
