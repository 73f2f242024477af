# A character-level CSV reader written as a generator state machine (quotes, escaped quotes, newlines).
def read_csv(text, delim=","):
    field, row, state = [], [], "start"
    line = 1
    for ch in text:
        if state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                if ch == "\n":
                    line += 1
                field.append(ch)
            continue
        if state == "quote_in_quoted":
            if ch == '"':
                field.append('"')
                state = "quoted"
                continue
            state = "after_quote"
        if ch == '"':
            if field or state == "after_quote":
                raise ValueError(f"line {line}: unexpected quote")
            state = "quoted"
        elif ch == delim:
            row.append("".join(field))
            field, state = [], "start"
        elif ch == "\n":
            row.append("".join(field))
            yield row
            field, row, state = [], [], "start"
            line += 1
        else:
            if state == "after_quote":
                raise ValueError(f"line {line}: text after closing quote")
            field.append(ch)
            state = "unquoted"
    if state == "quoted":
        raise ValueError(f"line {line}: unterminated quoted field")
    if field or row or state == "after_quote":
        row.append("".join(field))
        yield row
def records(rows):
    header = next(rows)
    for n, row in enumerate(rows, 2):
        if len(row) != len(header):
            print(f"  row {n}: expected {len(header)} fields, got {len(row)}")
            continue
        yield dict(zip(header, row))
data = 'name,quote,n\nann,"hello, world",1\nbob,"she said ""hi""",2\ncy,"multi\nline",3\nbad,row\ndee,,4'
for rec in records(read_csv(data)):
    print(rec)
for bad in ['a,"b', 'a,"b"c\n', 'a,b"c"\n', 'x;y;"z;w"\n1;2;3']:
    try:
        print(list(read_csv(bad, ";" if ";" in bad else ",")))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(read_csv("")), list(read_csv("\n")), list(read_csv('""')))
