# hostile: a syntax error: unterminated string
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: unterminated string literal (detected at line 7)
# expect-stderr-has: ", line 7
# expect-stdout: 
s = 'abc
