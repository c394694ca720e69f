# hostile: a syntax error: fstring
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: f-string: expecting '}'
# expect-stderr-has: ", line 8
# expect-stdout: 
x = 1
y = f'{x'
