#!/usr/bin/env python3
"""Generate tests/data/compiler_cases.txt: what CPython 3.11's compiler
produces for small programs, for tests/tst_compiler.cpp (which must not run
Python itself).

    python3 tools/gen_compiler_cases.py            # rewrite the file
    python3 tools/gen_compiler_cases.py --check    # exit 1 if it would change

Two kinds of cases:

  code   a program and, for named code objects inside it, co_varnames,
         co_cellvars, co_freevars, co_argcount, co_posonlyargcount,
         co_kwonlyargcount, the flags LoopScope models, co_name,
         co_qualname and co_firstlineno;
  error  a program that parses (ast.parse) but fails to compile: the
         SyntaxError's message and position.

File format (line based, so the C++ side needs no parser):

    case <kind> <id>
    source <n>          followed by n lines of source
    code <path>         path: co_names from the module down, '/'-separated
    varnames <names...> (space separated; '-' when empty; same for cells/frees)
    cellvars <names...>
    freevars <names...>
    args <argcount> <posonly> <kwonly>
    flags <hex>
    name <co_name>
    qualname <co_qualname>
    firstline <n>
    error <line> <offset> <end_line> <end_offset> <message>
    end
"""

import argparse
import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'data', 'compiler_cases.txt')

# CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
FLAG_MASK = 0x04 | 0x08 | 0x20 | 0x80 | 0x200

# (id, source, [code paths to record]). "<module>" is the module itself.
CODE_CASES = [
    ('simple', 'def f(a, b):\n    c = a + b\n    return c\n', ['f']),
    ('defaults', 'def f(a, b=1, *args, c, d=2, **kw):\n    e = 1\n    return a\n', ['f']),
    ('posonly', 'def f(a, b, /, c, *, d):\n    pass\n', ['f']),
    ('posonly_defaults', 'def f(a, b=2, /, c=3):\n    return a, b, c\n', ['f']),
    ('varargs_only', 'def f(*args):\n    return args\n', ['f']),
    ('kwargs_only', 'def f(**kw):\n    return kw\n', ['f']),
    ('locals_order', 'def f(x):\n    z = 1\n    y = 2\n    for w in x:\n        v = w\n    return z\n', ['f']),
    ('closure', 'def outer(a):\n    b = 1\n    def inner(c):\n        return a + b + c\n    return inner\n',
     ['outer', 'outer/inner']),
    ('nonlocal', 'def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n',
     ['outer', 'outer/inc']),
    ('deep_free', 'def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n',
     ['a', 'a/b', 'a/b/c']),
    ('global_stmt', 'x = 0\ndef f():\n    global x\n    x = 1\n    y = x\n    return y\n', ['<module>', 'f']),
    ('global_implicit', 'def f():\n    return len(range(3))\n', ['f']),
    ('generator', 'def g(n):\n    for i in range(n):\n        yield i\n', ['g']),
    ('yield_from', 'def g(it):\n    r = yield from it\n    return r\n', ['g']),
    ('coroutine', 'async def c(x):\n    await x\n    return 1\n', ['c']),
    ('async_gen', 'async def ag():\n    yield 1\n', ['ag']),
    ('async_for_with', 'async def c(a, m):\n    async for i in a:\n        async with m as v:\n            print(i, v)\n', ['c']),
    ('lambda', 'f = lambda x, y=2: x + y\n', ['<lambda>']),
    ('lambda_closure', 'def f(k):\n    return lambda x: x * k\n', ['f', 'f/<lambda>']),
    ('listcomp', 'def f(xs):\n    return [x * 2 for x in xs if x]\n', ['f', 'f/<listcomp>']),
    ('listcomp_closure', 'def f(xs, k):\n    return [x * k for x in xs]\n', ['f', 'f/<listcomp>']),
    ('nested_comp', 'def f(m):\n    return [[y for y in row] for row in m]\n', ['f', 'f/<listcomp>', 'f/<listcomp>/<listcomp>']),
    ('dictcomp', 'def f(d):\n    return {k: v for k, v in d.items()}\n', ['f/<dictcomp>']),
    ('setcomp', 'def f(s):\n    return {x for x in s for y in x}\n', ['f/<setcomp>']),
    ('genexp', 'def f(xs):\n    return sum(x for x in xs)\n', ['f', 'f/<genexpr>']),
    ('genexp_module', 'g = (i * i for i in range(3))\n', ['<genexpr>']),
    ('async_listcomp', 'async def f(a):\n    return [x async for x in a]\n', ['f', 'f/<listcomp>']),
    ('async_genexp', 'def f(a):\n    return (x async for x in a)\n', ['f', 'f/<genexpr>']),
    ('await_in_comp', 'async def f(a):\n    return [await x for x in a]\n', ['f/<listcomp>']),
    ('walrus_comp', 'def f(xs):\n    if any((y := x) > 1 for x in xs):\n        return y\n', ['f', 'f/<genexpr>']),
    ('walrus_module_comp', '[last := x for x in range(3)]\n', ['<module>', '<listcomp>']),
    ('class_body', 'class C:\n    a = 1\n    def m(self):\n        return self.a\n', ['C', 'C/m']),
    ('super_cell', 'class C(object):\n    def m(self):\n        return super().m()\n', ['C', 'C/m']),
    ('class_cell_explicit', 'class C:\n    def m(self):\n        return __class__\n', ['C', 'C/m']),
    ('class_free', 'def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n',
     ['f', 'f/C', 'f/C/m']),
    ('class_free_and_local', 'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n',
     ['f', 'f/C', 'f/C/m']),
    ('nested_class_qualname', 'class A:\n    class B:\n        def m(self):\n            def inner():\n                pass\n            return inner\n',
     ['A', 'A/B', 'A/B/m', 'A/B/m/inner']),
    ('method_qualname_in_func', 'def f():\n    class C:\n        def m(self):\n            pass\n    return C\n',
     ['f/C', 'f/C/m']),
    ('global_def_qualname', 'def f():\n    global g\n    def g():\n        pass\n', ['f/g']),
    ('mangling', 'class C:\n    def __m(self, __a):\n        __b = __a\n        return self.__x\n', ['C', 'C/__m']),
    ('mangling_nested', 'class _C:\n    def m(self):\n        def inner(__p):\n            return __p\n        return inner\n',
     ['_C/m/inner']),
    ('cell_param', 'def f(a, b):\n    def g():\n        return b\n    return g\n', ['f', 'f/g']),
    ('cell_varargs', 'def f(*args, **kw):\n    return lambda: (args, kw)\n', ['f', 'f/<lambda>']),
    ('decorated', '@staticmethod\n@classmethod\ndef f(x):\n    pass\n', ['f']),
    ('decorated_class', 'import functools\n@functools.total_ordering\nclass C:\n    pass\n', ['C']),
    ('except_name', 'def f():\n    try:\n        pass\n    except ValueError as e:\n        print(e)\n', ['f']),
    ('with_as', 'def f(m):\n    with m as (a, b), m as c:\n        pass\n', ['f']),
    ('import_locals', 'def f():\n    import os.path\n    import sys as s\n    from x import y, z as w\n', ['f']),
    ('del_local', 'def f():\n    x = 1\n    del x\n', ['f']),
    ('star_target', 'def f(s):\n    a, *b, c = s\n    return b\n', ['f']),
    ('annotations', 'def f(a: int, *b: str, c: float = 1.0, **d) -> None:\n    e: int = 1\n    g: str\n', ['f']),
    ('gen_in_class', 'class C:\n    xs = [1]\n    ys = [x for x in xs]\n', ['C', 'C/<listcomp>']),
    ('top_level_await', 'import asyncio\nawait asyncio.sleep(0)\n', ['<module>']),
    ('top_level_async_for', 'async def ag():\n    yield 1\nasync for i in ag():\n    pass\n', ['<module>']),
    ('top_level_async_comp', 'async def ag():\n    yield 1\nx = [i async for i in ag()]\n', ['<module>', '<listcomp>']),
    ('top_level_async_genexp', 'async def ag():\n    yield 1\nx = (i async for i in ag())\n', ['<module>', '<genexpr>']),
    ('module_plain', 'x = 1\ndef f():\n    pass\n', ['<module>']),
    ('lambda_in_comp', 'fs = [lambda: i for i in range(3)]\n', ['<listcomp>', '<listcomp>/<lambda>']),
    ('generator_lambda', 'f = lambda: (yield)\n', ['<lambda>']),
    ('nonlocal_chain', 'def a():\n    x = 1\n    def b():\n        nonlocal x\n        def c():\n            nonlocal x\n            x = 3\n        return c\n    return b\n',
     ['a', 'a/b', 'a/b/c']),
    ('shadow_param_free', 'def f(x):\n    def g(x):\n        return x\n    return g\n', ['f', 'f/g']),
    ('async_method', 'class C:\n    async def m(self):\n        return await self.x()\n', ['C/m']),
    ('firstline_decorated_class', 'def d(c):\n    return c\n\n@d\nclass K:\n    pass\n', ['K']),
    ('class_super_nested', 'class C:\n    def m(self):\n        def inner():\n            return super(C, self)\n        return [super() for _ in range(1)]\n',
     ['C', 'C/m', 'C/m/inner', 'C/m/<listcomp>']),
]

# Programs that parse but fail in CPython's symtable or compiler.
ERROR_CASES = [
    ('return_outside', 'return 1\n'),
    ('return_in_class', 'class C:\n    return\n'),
    ('break_outside', 'break\n'),
    ('break_in_def_in_loop', 'for x in range(3):\n    def g():\n        break\n'),
    ('continue_outside', 'continue\n'),
    ('continue_in_class', 'while True:\n    class C:\n        continue\n'),
    ('yield_outside', 'yield 1\n'),
    ('yield_from_outside', 'x = yield from y\n'),
    ('yield_in_class', 'def f():\n    class C:\n        yield 1\n'),
    ('await_in_def', 'def f():\n    await x\n'),
    ('await_in_lambda', 'f = lambda: await x\n'),
    ('await_in_class', 'class C:\n    await x\n'),
    ('async_with_in_def', 'def f():\n    async with x:\n        pass\n'),
    ('async_for_in_def', 'def f():\n    async for x in y:\n        pass\n'),
    ('async_comp_in_def', 'def f():\n    return [x async for x in y]\n'),
    ('async_comp_nested_def', 'def f():\n    return [[x async for x in y] for z in w]\n'),
    ('return_value_async_gen', 'async def f():\n    yield 1\n    return 2\n'),
    ('yield_from_async', 'async def f():\n    yield from x\n'),
    ('nonlocal_module', 'nonlocal x\n'),
    ('nonlocal_no_binding', 'def f():\n    nonlocal x\n'),
    ('nonlocal_no_binding_global', 'x = 1\ndef f():\n    nonlocal x\n'),
    ('nonlocal_class_binding', 'class C:\n    x = 1\n    def f(self):\n        nonlocal x\n'),
    ('nonlocal_and_global', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n'),
    ('global_after_use', 'def f():\n    print(x)\n    global x\n'),
    ('global_after_assign', 'def f():\n    x = 1\n    global x\n'),
    ('global_param', 'def f(x):\n    global x\n'),
    ('nonlocal_param', 'def f():\n    x = 1\n    def g(x):\n        nonlocal x\n'),
    ('nonlocal_after_use', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n'),
    ('global_annotated', 'def f():\n    x: int = 1\n    global x\n'),
    ('duplicate_arg', 'def f(a, b, a):\n    pass\n'),
    ('duplicate_arg_kwonly', 'def f(a, *, a):\n    pass\n'),
    ('duplicate_arg_lambda', 'f = lambda x, x: 1\n'),
    ('yield_in_listcomp', 'def f():\n    return [(yield x) for x in y]\n'),
    ('yield_in_genexp', 'def f():\n    return ((yield x) for x in y)\n'),
    ('yield_in_dictcomp', 'def f():\n    return {x: (yield) for x in y}\n'),
    ('yield_in_setcomp', 'def f():\n    return {(yield) for x in y}\n'),
    ('assign_debug', '__debug__ = 1\n'),
    ('del_debug', 'del __debug__\n'),
    ('param_debug', 'def f(__debug__):\n    pass\n'),
    ('attr_debug', 'x.__debug__ = 1\n'),
    ('kw_debug', 'f(__debug__=1)\n'),
    ('import_debug', 'import os as __debug__\n'),
    ('augassign_debug', '__debug__ += 1\n'),
    ('for_debug', 'for __debug__ in x:\n    pass\n'),
    ('multiple_starred', 'a, *b, *c = x\n'),
    ('multiple_starred_list', '[*a, *b] = x\n'),
    ('multiple_starred_for', 'for *a, *b in x:\n    pass\n'),
    ('too_many_star', ', '.join('a%d' % i for i in range(300)) + ', *rest = x\n'),
    ('starred_alone', '*a = x\n'),
    ('starred_load', 'x = *a\n'),
    ('keyword_repeated', 'f(x=1, y=2, x=3)\n'),
    ('default_except_last', 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n'),
    ('import_star_in_def', 'def f():\n    from os import *\n'),
    ('walrus_rebind_iter', '[i := 0 for i in range(3)]\n'),
    ('walrus_in_class_comp', 'class C:\n    [y := 1 for x in range(3)]\n'),
    ('walrus_in_comp_iter', '[x for x in (y := [1])]\n'),
    ('future_late', 'x = 1\nfrom __future__ import annotations\n'),
    ('future_unknown', 'from __future__ import nonsense\n'),
    ('break_in_except_star', 'for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n'),
    ('return_in_except_star', 'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n'),
    ('break_in_finally_no_loop', 'try:\n    pass\nfinally:\n    break\n'),
]


def find_code(module_code, path):
    if path == '<module>':
        return module_code
    co = module_code
    for part in path.split('/'):
        found = [c for c in co.co_consts if hasattr(c, 'co_name') and c.co_name == part]
        if len(found) != 1:
            raise SystemExit(f'code path {path!r}: {len(found)} code objects named {part!r}')
        co = found[0]
    return co


def names(seq):
    return ' '.join(seq) if seq else '-'


def emit_source(out, source):
    lines = source.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    out.append(f'source {len(lines)}')
    out.extend(lines)


def generate():
    out = ['# Generated by tools/gen_compiler_cases.py from CPython '
           + '.'.join(map(str, sys.version_info[:3])) + '; do not edit.']
    for cid, source, paths in CODE_CASES:
        ast.parse(source)
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        module = compile(source, 'case.py', 'exec', flags=flags, dont_inherit=True)
        out.append(f'case code {cid}')
        emit_source(out, source)
        for path in paths:
            co = find_code(module, path)
            out.append(f'code {path}')
            out.append('varnames ' + names(co.co_varnames))
            out.append('cellvars ' + names(co.co_cellvars))
            out.append('freevars ' + names(co.co_freevars))
            out.append(f'args {co.co_argcount} {co.co_posonlyargcount} {co.co_kwonlyargcount}')
            out.append(f'flags {co.co_flags & FLAG_MASK:#x}')
            out.append(f'name {co.co_name}')
            out.append(f'qualname {co.co_qualname}')
            out.append(f'firstline {co.co_firstlineno}')
        out.append('end')
    for cid, source in ERROR_CASES:
        try:
            ast.parse(source)
        except SyntaxError as e:
            raise SystemExit(f'error case {cid!r} fails in the parser already: {e}')
        try:
            compile(source, 'case.py', 'exec', dont_inherit=True)
        except SyntaxError as e:
            out.append(f'case error {cid}')
            emit_source(out, source)
            out.append(f'error {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg}')
            out.append('end')
        else:
            raise SystemExit(f'error case {cid!r} compiles')
    return '\n'.join(out) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='only report whether the file is up to date')
    args = ap.parse_args()
    text = generate()
    old = open(OUT, encoding='utf-8').read() if os.path.exists(OUT) else None
    if args.check:
        if old != text:
            print(f'{OUT} is out of date')
            return 1
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main())
