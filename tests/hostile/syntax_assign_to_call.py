# hostile: a syntax error: assign to call
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
# expect-stderr-has: ", line 9
# expect-stdout: 
def f():
    pass
f() = 3
