# hostile: a syntax error: deep in class
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: invalid syntax. Perhaps you forgot a comma?
# expect-stderr-has: ", line 11
# expect-stdout: 
class C:
    def m(self):
        return [
            1,
            2 3,
        ]
