text = """Line one
    indented line
Line three"""
print(text)
print(len(text.splitlines()))
raw = r"C:\new\table"
print(raw, len(raw))
joined = ("part one, "
          "part two")
print(joined)
print('single' "double" '''triple''')
print("tab\tsep", "a\\b")
s = "line1\nline2\r\nline3\rline4"
print(s.splitlines())
print(s.splitlines(keepends=True))
print("x\n\ny".split("\n"))
print("\N{GREEK SMALL LETTER ALPHA}")
