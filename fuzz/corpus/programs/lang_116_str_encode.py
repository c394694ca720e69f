s = "héllo 世界"
b = s.encode("utf-8")
print(b, len(b), len(s))
print(b.decode("utf-8") == s)
print("abc".encode(), type("abc".encode()).__name__)
print(list("hi".encode()))
print(bytes([72, 105]), bytes(3), b"ab" + b"cd")
print(b"hello".upper(), b"a,b".split(b","), b"xyz"[0], b"xyz"[1:])
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", errors="replace"), "é".encode("ascii", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc"), len(bytearray(2)))
