### string_constants
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   world  again"), string.capwords("a-b c-d", "-"), string.capwords(" x "))
### string_template
from string import Template
t = Template("$who likes $what; ${who}s are $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}), t.substitute({"who": "a"}, what="b"))
print(t.safe_substitute(who="bob"), Template("$a ${b} $ $c").safe_substitute(a=1), t.get_identifiers(), t.is_valid(), Template("$").is_valid())
for bad in [lambda: Template("$who").substitute(), lambda: Template("x\n  $ 1").substitute(), lambda: Template("${1}").substitute()]:
    try:
        print(bad())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class D(Template):
    delimiter = '#'
print(D("#x and #{y} ##").substitute(x=1, y=2))
### textwrap
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! A well-known, state-of-the-art example -- with em-dashes -- and hyphen-separated words."
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10), textwrap.wrap("a-very-long-hyphenated-word", 8), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("no hyphen-breaking here please", 12, break_on_hyphens=False), textwrap.wrap("keep   spaces  inside", 30, drop_whitespace=False))
print(textwrap.shorten("Hello  world!  This is long", width=12), textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello world, again", width=15, placeholder="..."))
print(textwrap.fill("One. Two. three.  Four", 80, fix_sentence_endings=True), textwrap.wrap("tab\there\nnewline", 40), textwrap.wrap("x " * 10, 7, max_lines=2))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
### dedent_indent
import textwrap
s = """
    def f():
        return 1
      # odd
    """
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n \tb\n  c")), repr(textwrap.dedent("\tx\n\ty\n")), repr(textwrap.dedent("  a\n    \n  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")), repr(textwrap.indent("a\n  \nb", "+ ", lambda line: True)), repr(textwrap.indent("x\r\ny", "--")))
code = textwrap.dedent('''\
    for i in range(3):
        print(i)
''')
print(code, end="")
### copy
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
b[1].append(99); c[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1], copy.copy(5), copy.copy("s") is "s" or True, copy.deepcopy((1, 2)), copy.deepcopy((1, [2]))[1] is not None)
d = {"x": {1, 2}, "t": (1, [2])}
e = copy.deepcopy(d)
e["t"][1].append(3)
print(d, e, copy.copy(d) == d, copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
class P:
    def __init__(self, name, tags):
        self.name, self.tags = name, tags
    def __repr__(self):
        return f"P({self.name!r}, {self.tags!r})"
p = P("x", ["t"])
q = copy.copy(p); r = copy.deepcopy(p)
q.tags.append("shallow"); r.tags.append("deep")
print(p, q, r, type(q) is P, q is not p)
class C:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        print("custom copy")
        return C()
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return "deep!"
print(copy.copy(C()).n, copy.deepcopy(C()))
rec = [1]
rec.append(rec)
dr = copy.deepcopy(rec)
print(dr[1] is dr, dr[0])
from collections import OrderedDict, defaultdict, namedtuple
Pt = namedtuple("Pt", "x y")
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])))
### json_dumps
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14159, "nested": {"x": [1, {"y": 2}]}, "empty": [], "e": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(",", ":")), json.dumps("héllo ☃ 😀"), json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps('quote " back \\ nl \n tab \t ctl \x01 del \x7f'), json.dumps(1e100), json.dumps(1.0), json.dumps(-0.0), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps({1: "int", 2.5: "f", True: "t", None: "n"}), json.dumps((1, 2)), json.dumps(12345678901234), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.dumps([[]], indent=3), json.dumps({}, indent=2), json.dumps([{"a": []}], indent=1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: json.dumps({1, 2}))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps(float("nan"), allow_nan=False))
t(lambda: json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
loop = []
loop.append(loop)
t(lambda: json.dumps(loop))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
import sys
json.dump({"streamed": [1, 2]}, sys.stdout); print()
### json_loads
import json
print(json.loads('{"a": 1, "b": [1, 2.5, -3e2, true, false, null], "c": {"d": "x\\ny \\u00e9 \\ud83d\\ude00"}}'))
print(json.loads("[]"), json.loads(" 42 "), json.loads('"s"'), json.loads("-0.5"), json.loads("1E3"), json.loads("NaN"), json.loads("-Infinity"), json.loads('[1,\n 2]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
def t(s):
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
for s in ["", "  ", "{", "[1, 2", "[1,]", '{"a" 1}', '{"a": }', '{"a": 1,}', "{'a': 1}", '{"a": 1} x', "tru", '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\x01b"', "[1 2]", "01", "-", "1.", "[\n  1,\n  oops\n]", '{"a": [1, 2}']:
    t(s)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
data = {"users": [{"id": i, "name": f"user{i}", "active": i % 2 == 0} for i in range(3)]}
text = json.dumps(data, indent=2)
print(json.loads(text) == data, [u["name"] for u in json.loads(text)["users"] if u["active"]])
### warnings
import warnings, sys
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print("WARN", category.__name__, message, lineno)
warnings.warn("careful")
warnings.warn("careful")
for i in range(2):
    warnings.warn("in loop", RuntimeWarning)
print(old())
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.simplefilter("always")
warnings.warn("shown twice"); warnings.warn("shown twice")
warnings.simplefilter("error")
try:
    warnings.warn("boom", UserWarning)
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning if "FutureWarning" in dir(__builtins__) else UserWarning)
    print(len(caught), str(caught[0].message))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code()  "), end="")
### logging
import logging, sys
logging.basicConfig(stream=sys.stdout)
logging.debug("hidden debug")
logging.info("hidden info")
logging.warning("a warning")
logging.error("an error %s %d", "with", 42)
logging.critical("critical!")
log = logging.getLogger("app")
log.warning("from app")
log.setLevel(logging.DEBUG)
log.debug("debug now visible")
child = logging.getLogger("app.db")
child.info("child info %s", "x")
print(child.parent is log, log.parent is logging.getLogger(), logging.getLogger() is logging.root, child.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("INFO"), logging.getLevelName(5))
class LastLine(logging.Formatter):
    def formatException(self, ei):
        return "  " + super().formatException(ei).splitlines()[-1]
logging.getLogger().handlers[0].setFormatter(LastLine(logging.BASIC_FORMAT))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(repr(log), repr(logging.getLogger()), log.isEnabledFor(logging.DEBUG), logging.getLogger("x").isEnabledFor(logging.INFO))
### logging_formats
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s:%(funcName)s:%(lineno)d - %(message)s"))
lg = logging.getLogger("svc")
lg.addHandler(h)
lg.setLevel(logging.INFO)
lg.propagate = False
def work():
    lg.info("working on %s", "job")
work()
lg.warning("dict args %(a)s", {"a": 1})
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
lg.addHandler(h2)
lg.error("two handlers")
lg.removeHandler(h2)
h.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
lg.info("timed")
h.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M"))
lg.info("short time")
h.setLevel(logging.ERROR)
lg.warning("filtered by handler level")
h.setLevel(logging.NOTSET)
class OnlyA(logging.Filter):
    def filter(self, record):
        return record.getMessage().startswith("A")
lg.addFilter(OnlyA())
lg.info("B dropped"); lg.info("A kept")
other = logging.getLogger("noconfig")
other.warning("last resort goes to stderr")
logging.basicConfig(format="%(levelname)s|%(message)s", level=logging.DEBUG, stream=sys.stdout)
logging.debug("configured")
logging.basicConfig(format="ignored")
logging.info("second basicConfig ignored")
logging.basicConfig(format="forced: %(message)s", stream=sys.stdout, force=True)
logging.warning("after force")
adapter = logging.LoggerAdapter(logging.getLogger("ad"), {"user": "u1"})
adapter.warning("adapted")
### traceback
import traceback, sys
def norm(x):
    # the oracle runs scripts by absolute path and shows its own frames
    if isinstance(x, list):
        return [norm(i) for i in x if 'oracle.py' not in i]
    return x.replace(__file__, 't.py')
def f():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as e:
        print(norm(repr(traceback.format_exc())))
        print(norm(traceback.format_exception(e)))
        print(traceback.format_exception_only(e))
        print(traceback.format_exception_only(type(e), e))
        print(norm(traceback.format_stack()))
        fs = traceback.extract_stack()[-1]
        print(fs.lineno, fs.name, fs.line, list(fs)[1:], norm(repr(fs)))
        print(norm(traceback.format_exc()), end="")
f()
print(repr(traceback.format_exc()))
def g():
    raise KeyError("missing")
try:
    g()
except KeyError as e:
    print(norm("".join(traceback.format_exception(e))), end="")
### pprint
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
data = {"zeta": list(range(30)), "alpha": {"nested": {"deep": ["x" * 20, "y" * 30, ("t", 1)]}, "k": None}, "beta": "a long string " * 8, "gamma": (1,), "set": {5, 3, 9, 1}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat(list(range(40)), width=30), pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, "a"]), pprint.isrecursive([1]))
od = OrderedDict((f"key{i}", i * 1000) for i in range(12))
dd = defaultdict(list, {f"k{i}": list(range(i)) for i in range(8)})
pprint.pprint(od)
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog" * 3))
pprint.pprint(deque(range(50), maxlen=60))
pprint.pprint(ChainMap({"a" * 30: 1}, {"b" * 30: 2}, {"c" * 30: 3}))
@dataclass
class Conf:
    name: str
    servers: list = field(default_factory=list)
    options: dict = field(default_factory=dict)
pprint.pprint(Conf("production-cluster", [f"server-{i}.example.com" for i in range(5)], {"retries": 3, "timeout": 30}))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(' with id=')[0], pprint.isrecursive(rec))
pprint.pprint("word " * 40)
pprint.pprint([{"id": i, "name": f"user{i}", "tags": ["a", "b"]} for i in range(4)])
