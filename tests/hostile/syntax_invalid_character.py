# hostile: a syntax error: invalid character
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: invalid syntax
# expect-stderr-has: ", line 7
# expect-stdout: 
x = 1 $ 2
