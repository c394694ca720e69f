# OSError(errno, strerror[, filename[, winerror[, filename2]]]): args,
# attributes and str as CPython builds them.
def show(e):
    print(type(e).__name__, "|", repr(e), "|", str(e))
    print("   args", e.args, "errno", e.errno, "strerror", e.strerror, "filename", e.filename, "filename2", e.filename2)


show(OSError())
show(OSError("just a message"))
show(OSError(99, "Something odd"))
show(OSError(99, "Something odd", "data.txt"))
show(OSError(99, "Something odd", "src.txt", None, "dst.txt"))
show(OSError(99, "Something odd", None, None, "dst.txt"))
show(OSError(99, "Something odd", 42))
show(OSError("not a number", "still formatted"))
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError(99.5, "float errno"))

# The errno picks the subclass when OSError itself is called.
for errno_value, text in [(2, "No such file or directory"), (13, "Permission denied"), (1, "Operation not permitted"),
                          (17, "File exists"), (20, "Not a directory"), (21, "Is a directory"), (4, "Interrupted"),
                          (3, "No such process"), (10, "No child processes"), (11, "Resource temporarily unavailable"),
                          (32, "Broken pipe"), (103, "Software caused connection abort"),
                          (104, "Connection reset by peer"), (111, "Connection refused"), (110, "Connection timed out"),
                          (114, "Operation already in progress"), (115, "Operation now in progress"),
                          (108, "Cannot send after transport endpoint shutdown"), (5, "Input/output error")]:
    e = OSError(errno_value, text)
    print(errno_value, type(e).__name__, str(e))

# Only OSError itself maps; a subclass keeps its own class.
show(FileNotFoundError(13, "mismatched"))
show(ConnectionError(104, "reset"))

# Attributes can be assigned.
e = OSError(2, "No such file or directory")
e.filename = "notes.txt"
print(str(e), e.args)
e.filename2 = "backup.txt"
print(str(e))
e.errno = 5
e.strerror = "changed"
print(str(e), e.args)

# BlockingIOError's third argument is characters_written.
b = BlockingIOError(11, "would block", 128)
print(repr(b), str(b), b.characters_written, b.filename)
b.characters_written = 7
print(b.characters_written)
try:
    BlockingIOError(11, "would block").characters_written
except AttributeError as ae:
    print("AttributeError:", ae)

try:
    OSError(2, "x", flag=True)
except TypeError as te:
    print("TypeError:", te)

try:
    raise OSError(2, "No such file or directory", "config.ini")
except FileNotFoundError as fnf:
    print("caught", type(fnf).__name__, fnf.errno, fnf.filename, fnf)
