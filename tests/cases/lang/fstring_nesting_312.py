# PEP 701 (3.12) f-strings: reused quotes, nesting depth, backslashes, comments, and format specs.
songs = ["Take me back", "Beautiful world"]
print(f"Songs: {", ".join(songs)}")
print(f"{f"{f"{f"{'deep'}"}"}"}")
print(f"{"\n".join(["a", "b"])}")
print(f"{'\t'.join(['x', 'y'])}|")
value = 3.14159
width, prec = 10, 3
print(f"[{value:{width}.{prec}f}]", f"[{value:{'<' if width else '>'}{width}}]")
print(f"{value!r:>12}", f"{'s'!a}", f"{'é'!a}", f"{songs[0]!s:.4}")
x = 5
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{songs[1]=!r}")
print(f"{
    x + 1   # a comment inside a multi-line replacement field
}")
print(f"{x:{"^"}{7}}")
d = {"key": "val"}
print(f"{d["key"]}", f'{d['key']}')
print(f"{'{'}{'}'}", f"{{literal}}", f"{{{x}}}")
print(f"{(lambda: 'called')()}")
print(f"{x:#x} {x:08b} {1234567:,} {0.5:%} {x!r:^5}")
name = "world"
print(f"{f'{name}':*^11}")
print(f"""{
"triple"
}""", f'''{'mixed'}''')
print(f"{'a' 'b'}", f"{x}" f"{x}", "plain" f"{x}")
print(f"{x if x else 0}", f"{(x := 7)}", x)
print(f"{[*songs][0][:4]}", f"{ {'set'} }", f"{ {'k': 1}['k'] }")
nested_fmt = "{:>4}"
print(f"{nested_fmt.format(1)}|", f"{3:{'>'}{'4'}}|")
print(f"{'\N{GREEK SMALL LETTER ALPHA}'}", f"\N{BULLET} {x}")
