samples = ["", " ", "\\", "'", '"', "'\"", "\t\n\r", "\x01", "\u200b", "é", "😀", "a\x00b"]
for s in samples:
    print(repr(s), len(s))
print(repr(["\n", "'"]), str(["\n"]))
print("%r|%s" % ("a'b", "a'b"))
print(repr("\\n"), "\\n")
