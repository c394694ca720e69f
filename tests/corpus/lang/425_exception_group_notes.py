# Notes on groups and on their members, in repr and in the traceback text.
import traceback

inner = ValueError("bad value")
inner.add_note("the value came from line 3")
group = ExceptionGroup("validation", [inner, TypeError("bad type")])
group.add_note("while validating the form")
group.add_note("second note\nspanning two lines")
print(group.__notes__)
print(inner.__notes__)
print("".join(traceback.format_exception(group)), end="")

try:
    raise group
except* ValueError as e:
    print("handled", repr(e), e.__notes__)
except* TypeError as e:
    print("handled", repr(e), e.__notes__)

try:
    group.add_note(42)
except TypeError as te:
    print("TypeError:", te)
