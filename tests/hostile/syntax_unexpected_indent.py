# hostile: a syntax error: unexpected indent
# reference: cpython
# expect-code: 1
# expect-stderr: IndentationError: unexpected indent
# expect-stderr-has: ", line 9
# expect-stdout: 
def f():
    return 1
        x = 2
