# bytes methods and the three simulated codecs, with their error messages.
packet = b"GET /index.html HTTP/1.1\r\nHost: example\r\n\r\n"
request_line, _, rest = packet.partition(b"\r\n")
method, path, version = request_line.split()
print(method, path, version, path.endswith((b".html", b".htm")))
print(rest.splitlines(), packet.count(b"\r\n"), packet.find(b"Host"), packet.find(72))
print(b"  padded\t".strip(), b"a-b-c".rsplit(b"-", 1), b"x".center(5, b"."), b"7".zfill(3))
print(b"abc".replace(b"b", b"BB"), b"Hello World".swapcase(), b"mixed Case".title(), b"\xe9t\xe9".upper())
print(b"123".isdigit(), b"abc".isalpha(), b"".isalpha(), b"ABC1".isupper(), b"\xe9".isalpha())
for bad in (lambda: b"abc".index(b"z"), lambda: b"a,b".split(","), lambda: b"abc".find("a"), lambda: b"abc".count(300)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
text = "naïve café 東京"
for enc in ("utf-8", "latin-1", "ascii"):
    for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"):
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "->", e)
for raw in (b"ok", b"\xff", b"ab\xe4\xb8", b"\xe4\x41x", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80!", b"\xc0\xaf"):
    for errors in ("strict", "replace", "backslashreplace"):
        try:
            print(raw, errors, repr(raw.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, "->", e)
print(b"caf\xe9".decode("latin-1"), b"\x80".decode("ascii", "replace"))
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError", str(e).split(" (")[0])
ba = bytearray(b"data")
ba.append(33)
ba.extend(b"??")
ba[0] = ord("D")
print(ba, len(ba), ba.pop(), ba[1:3], ba.decode(), bytes(ba), ba == b"Data!?")
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef\x01".hex("-", 2), bytes.fromhex("00 ff"))
