# Parse CSV-like lines by hand, including quoted fields with commas and doubled quotes.
def parse_line(line, sep=","):
    fields, cur, inq, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if inq:
            if c == '"':
                if line[i + 1:i + 2] == '"':
                    cur.append('"')
                    i += 1
                else:
                    inq = False
            else:
                cur.append(c)
        elif c == '"':
            inq = True
        elif c == sep:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields

data = '''name,age,city,note
Alice,30,"New York, NY","likes ""jazz"""
Bob,25,Boston,
"Carol, Jr.",41,"São Paulo",ünïcode
,,,
Dave;semi,7,x,"multi ""q"" ""r"""'''
lines = data.splitlines()
header = parse_line(lines[0])
print(header)
rows = []
for ln in lines[1:]:
    f = parse_line(ln)
    print(len(f), f)
    rows.append(dict(zip(header, f)))
for r in rows:
    print(r)
ages = [int(r["age"]) for r in rows if r["age"].strip().isdigit()]
print(ages, sum(ages), sum(ages) / len(ages))
print(parse_line("a;b;;c", sep=";"))
print(parse_line(""))
print(parse_line('"unterminated,field'))
print([s.strip() for s in " a , b ,c ,  ".split(",")])
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
widths = [max(len(r[h]) for r in rows + [dict(zip(header, header))]) for h in header]
print(widths)
for r in [dict(zip(header, header))] + rows:
    print(" | ".join(r[h].ljust(w) for h, w in zip(header, widths)))
