# hostile: a syntax error: unclosed paren
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: '(' was never closed
# expect-stderr-has: ", line 7
# expect-stdout: 
x = (1,
y = 2
