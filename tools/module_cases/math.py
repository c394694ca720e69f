### constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
### sqrt_pow_exp
import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(True))
print(math.pow(2, 10), math.pow(2.5, 3), math.pow(-8, 1/3) if False else math.pow(4, 0.5))
print(math.exp(1), math.exp(0), math.exp(-1000), math.exp2(10), math.expm1(1e-10))
print(math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(float('inf'), -3), math.pow(-float('inf'), 3))
print(math.pow(0.5, float('inf')), math.pow(2, -float('inf')), math.pow(-1, float('inf')))
### logs
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1024, 2))
print(math.log2(8), math.log2(10), math.log10(1000), math.log10(2), math.log1p(1e-10))
print(math.log(10), math.log(0.5), math.log(float('inf')), math.log(7, 3.5))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.log(1, 1))
t(lambda: math.log2(-0.5))
t(lambda: math.log10(0.0))
t(lambda: math.log(-math.inf))
t(lambda: math.log())
t(lambda: math.log(1, 2, 3))
t(lambda: math.log('x'))
### rounding
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for x in [2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 7, True, 1e15 + 0.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
t(lambda: math.floor(math.inf))
t(lambda: math.ceil(math.nan))
t(lambda: math.trunc(-math.inf))
t(lambda: math.floor('x'))
t(lambda: math.trunc('x'))
t(lambda: math.ceil(None))
t(lambda: math.floor())
### rounding_dunders
import math
class N:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
class F:
    def __float__(self): return 2.5
print(math.floor(N()), math.ceil(N()), math.trunc(N()))
print(math.floor(F()), math.ceil(F()), math.sqrt(F()))
try:
    math.trunc(F())
except TypeError as e:
    print(e)
### factorial_gcd_lcm
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([math.factorial(i) for i in range(0, 21, 4)], math.factorial(True))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(1.5))
t(lambda: math.factorial('3'))
t(lambda: math.gcd(1.5))
t(lambda: math.factorial(5.0))
### comb_perm_isqrt
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(52, 5), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**18), math.isqrt(2**62))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(1, -2))
t(lambda: math.perm(-1))
t(lambda: math.perm(3, -1))
t(lambda: math.isqrt(-1))
t(lambda: math.comb(1))
t(lambda: math.perm())
t(lambda: math.comb(1.0, 2))
### isclose
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0000001), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(1, 2, foo=3))
### trig
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -0.0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
t(lambda: math.asin(2))
t(lambda: math.acos(-1.5))
t(lambda: math.sin(math.inf))
t(lambda: math.atanh(1))
t(lambda: math.acosh(0))
t(lambda: math.cosh(1000))
t(lambda: math.sqrt(-1))
t(lambda: math.atan2(1))
### hypot_dist
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 1), math.hypot(1, 2, 3), math.hypot(-3, 4))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-2.5,)))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(*range(10)), math.dist((0.1, 0.7), (0.3, 1.9)))
t(lambda: math.dist((1, 2), (1,)))
t(lambda: math.dist(1, 2))
t(lambda: math.hypot('a'))
### fsum_prod
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(5)), math.fsum([1e-16, 1, 1e16]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, 5]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10), math.prod(['a'], start=3))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: math.fsum([1, 'a']))
t(lambda: math.prod())
t(lambda: math.prod([1, 2], 3))
t(lambda: math.prod([[1], 'a']))
### float_parts
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.modf(5))
print(math.frexp(8), math.frexp(0.1), math.frexp(0.0), math.frexp(-math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3.0, 0), math.ldexp(-0.0, 10))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(5.5, math.inf), math.remainder(10, 3), math.remainder(5, 2), math.remainder(-7, 2))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.fabs(2.5), math.cbrt(27), math.cbrt(-8))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
t(lambda: math.ldexp(1.0, 1.5))
t(lambda: math.ldexp(1.0, 2000))
t(lambda: math.fmod(1, 0))
t(lambda: math.remainder(1, 0))
t(lambda: math.remainder(math.inf, 1))
t(lambda: math.modf())
t(lambda: math.frexp('a'))
### gamma_erf
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.erf(0))
t(lambda: math.gamma(0))
t(lambda: math.gamma(-2))
t(lambda: math.lgamma(-1))
t(lambda: math.gamma(200))
t(lambda: math.exp(1000))
t(lambda: math.exp2(2000))
### arg_errors
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.sqrt(x=1))
t(lambda: math.pow(1))
t(lambda: math.sqrt('x'))
t(lambda: math.sqrt([1]))
t(lambda: math.pow(0, -1))
t(lambda: math.pow(10, 400))
t(lambda: math.pow(-8, 1/3))
t(lambda: math.copysign(1))
t(lambda: math.nextafter(1))
### uncaught_domain
import math
print("before")
math.sqrt(-4)
### from_import
from math import sqrt, pi as PI, floor
print(sqrt(PI) * floor(2.9), repr(sqrt))
import math
print(math.sqrt.__name__, type(math).__name__)
### random_vectors
import math, random
random.seed(12345)
for _ in range(150):
    n = random.randint(0, 6)
    v = [random.uniform(-1, 1) * 10 ** random.randint(-8, 8) for _ in range(n)]
    w = [random.uniform(-1, 1) * 10 ** random.randint(-3, 3) for _ in range(n)]
    print(math.hypot(*v), math.fsum(v + w), math.dist(v, w), math.prod(v), sum(v))
for _ in range(60):
    x = random.uniform(0.01, 30)
    print(math.gamma(x), math.lgamma(x), math.gamma(-x) if x != int(x) else 0, math.lgamma(-x), math.erf(x / 10), math.exp(x), math.log(x), math.sin(x), math.atan2(x, x - 15))
### gamma_integers
import math
print([math.gamma(i) for i in range(1, 30)])
print([math.lgamma(i) for i in range(1, 30)])
