### match_search
import re
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(1), m[1], m.lastindex)
print(re.match("b", "abc"), re.search("b", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.search(r"\d+", "no digits"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "Date: 2025-01-15!")
print(m.group("year"), m["month"], m.groupdict(), m.span("day"), m.lastgroup, m.re.groupindex)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.groupdict())
p = re.compile(r"\s*(\d+)\s*", re.I)
print(p, p.pattern, p.groups, p.flags & re.I, p.match("  42 ").group(1), p.search("x 7", 1), p.match("x 7", 1))
print(re.compile("a"), re.compile("a", re.M | re.S), re.compile(r"[a-z]+", re.IGNORECASE).findall("Hello World"))
### findall_finditer
import re
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c3"), re.findall(r"(\w)=\d", "a=1,b=2"), re.findall(r"x*", "axxb"), re.findall(r"", "abc"))
print(re.findall(r"\b\w", "hello big world"), re.findall(r"[aeiou]", "education"), re.findall(r"(?i)HELLO", "hello Hello"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print([m.span() for m in re.finditer(r"a*", "baaac")], [m.group() for m in re.finditer(r"\w+", "hi there you")])
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaa"), re.findall(r"\d{3}", "12345678"))
print(re.findall(r"colou?r", "color colour colr"), re.findall(r"(\d+)(?:px|em)", "10px 2em 3pt"), re.findall(r"\w+(?=!)", "hi! yo? go!"), re.findall(r"(?<=\$)\d+", "$10 and $200 and 5"), re.findall(r"\d+(?!\d|px)", "10px 20 30em"))
print(re.findall(r"(a|b)+", "abab c ba"), re.findall(r"(?:ab)+", "ababab ab"), re.findall(r"(\w+)\s\1", "hello hello world world x"), re.findall(r"[^\s,]+", "a, b,c  d"))
print(re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S), re.findall(r"a$", "a\na"), re.findall(r"a$", "a\na", re.M), re.findall(r"\Aa|a\Z", "aba"))
### sub_split
import re
print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"), re.sub(r"x*", "-", "abxd"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.subn(r"o", "0", "foo boo"), re.sub("a", "b", "aaaa", count=2), re.sub(r"\s+", " ", "  lots   of \n space  ").strip())
print(re.sub(r"(\d)", r"\g<1>0", "1 2"), re.sub(r"-", r"\n", "a-b"), re.sub("(a)", r"[\1]", "banana"), re.sub(r"^", ">", "a\nb", flags=re.M))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"[,;]\s*", "a, b;c"), re.split(r"x*", "axbc"), re.split(r"\d", "a1b2c"))
print(re.escape("a.b*c?"), re.escape("1+1=2 (yes)"), re.escape("plain_text"))
### errors
import re
def t(f):
    try:
        print(repr(f()))
    except re.error as e:
        print("re.error", e, "|", e.msg, e.pos)
    except Exception as e:
        print(type(e).__name__, e)
for pat in ["(", "a)", "*a", "a**", "[a", "[z-a]", "\\q", "(?P<1>x)", "(?P=nope)", "(?<=a+)b", "x{3,2}", "\\1", "(?z)"]:
    t(lambda: re.compile(pat))
t(lambda: re.match(r"(a)", "a").group(2))
t(lambda: re.match(r"(a)", "a").group("x"))
t(lambda: re.sub(r"(a)", r"\2", "a"))
t(lambda: re.sub(r"a", r"\q", "a"))
t(lambda: re.match(1, "a"))
t(lambda: re.match("a", 1))
print(isinstance(re.error("x"), Exception), re.compile("ab") == re.compile("ab"))
### practical
import re
emails = "Contact: alice@example.com, bob.smith@mail.co.uk; invalid@; eve@x.org"
print(re.findall(r"[\w.]+@[\w]+(?:\.[\w]+)+", emails))
log = """2025-01-01 10:00:01 INFO start
2025-01-01 10:00:05 ERROR disk full
2025-01-01 10:01:00 WARNING slow
2025-01-01 10:02:30 ERROR timeout"""
for m in re.finditer(r"^(\S+) (\S+) (ERROR) (.*)$", log, re.M):
    print(m.group(2), m.group(4))
pattern = re.compile(r"""
    (?P<key>[a-z_]+)   # the key
    \s*=\s*            # equals
    (?P<value>"[^"]*"|\d+)
""", re.VERBOSE)
print([m.groupdict() for m in pattern.finditer('name = "Ann", age=30, city ="Oslo"')])
print(re.sub(r"(?<!\d)(\d{3})(\d{3})(\d{4})(?!\d)", r"(\1) \2-\3", "call 5551234567 now"), re.match(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", "Ada Lovelace") is not None)
words = re.findall(r"\b[a-zA-Z']+\b", "It's a test, isn't it? A TEST!")
print(words, [w.lower() for w in words if re.fullmatch(r"[a-z]+", w, re.I)])
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.findall(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)", "ip 192.168.1.1 and 256.1.1.1 and 10.0.0.255"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"))
### flags
import re
print(re.I, re.I | re.M, re.I & 0, repr(re.S), 2 & re.I, re.compile("a", re.I | re.X).flags, int(re.A), re.I == 2, hash(re.M) == hash(8), ~re.I & re.I, bool(re.NOFLAG))
### long_inputs
import re
print(len(re.findall(r"(?:ab)+", "ab" * 2000)), re.fullmatch(r"(\d\d)+", "12" * 800).group(1), len(re.findall(r"\w+", "word " * 3000)), re.match(r"(a|b)+c", "ab" * 300 + "c") is not None)
print(re.sub(r"(\w)(\w)", r"\2\1", "abcdef" * 200)[:12], len(re.split(r"\s*,\s*", ", ".join(["x"] * 2000))))
