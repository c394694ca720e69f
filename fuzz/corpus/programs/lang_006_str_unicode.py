s = "你好，世界"
print(s)
print(len(s))
print(s[0], s[-1], s[::-1])
print(repr(s))
t = "café naïve"
print(t.upper(), len(t))
print(ord("中"), chr(20013), chr(0x1F600))
e = "日本語テキスト"
print(e[2:5])
print("é".encode("utf-8"), "中".encode("utf-8"))
print(b"\xe4\xb8\xad".decode("utf-8"))
print("ß".upper(), "Σ".lower())
mix = "abc中文123"
print([c for c in mix if c.isalpha()])
print(mix.isalnum(), "中文".isalpha())
print(f"{s:*^11}")
