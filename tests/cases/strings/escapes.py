# Escape sequences in literals and their lengths.
samples = ["a\tb", "a\nb", "a\\b", "a\'b", 'a\"b', "\x41\x42", "\101", "\u00e9", "\U0001F600",
           "\N{GREEK SMALL LETTER ALPHA}", "\0", "\r\n", "\a\b\f\v", r"raw\n", r"C:\path\to"]
for s in samples:
    print(len(s), repr(s))
print("tab:\tend")
print("multi\nline")
print("""triple "quoted" 'string'""")
print('''another
one''')
print("backslash at end \\")
print(r"\d+\s*", len(r"\d+\s*"))
