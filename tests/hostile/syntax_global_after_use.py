# hostile: a syntax error: global after use
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: name 'x' is assigned to before global declaration
# expect-stderr-has: ", line 9
# expect-stdout: 
def f():
    x = 1
    global x
