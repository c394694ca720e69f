# hostile: a syntax error: unterminated triple
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: unterminated triple-quoted string literal (detected at line 9)
# expect-stderr-has: ", line 7
# expect-stdout: 
s = """abc

more
