# Quotes and escapes within f-strings (3.12 grammar).
name = "O'Brien"
print(f"{name}", f'{name}', f"{'single'}", f'{"double"}')
print(f"{name!r}", f"Tab\t{name}", f"New\nline {1 + 1}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{'\n'.join(items)}")
print(f"{"nested same quotes"}", f"{f"{f"{1 + 1}"}"}")
print(f"\u00e9 {'\u00e9'} \N{BULLET} {'x':\u2022^5}")
print(rf"raw \n {name}", fr"\d{len(name)}")
print(f"{{}}", f"{{{{", f"}}}}", f"{{{42}}}")
