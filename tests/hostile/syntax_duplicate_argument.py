# hostile: a syntax error: duplicate argument
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: duplicate argument 'a' in function definition
# expect-stderr-has: ", line 7
# expect-stdout: 
def f(a, a):
    pass
