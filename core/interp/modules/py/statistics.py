"""statistics: the functions of CPython 3.11's Lib/statistics.py.

CPython computes mean, variance and their kin exactly with Fractions.
For int data the same exact results are computed here with integer
arithmetic (ints are 64-bit in LoopScope; past that, float arithmetic takes
over).  For float data the sums are math.fsum's correctly rounded ones, so a
result can differ from CPython's in its last digit.  fmean, geometric_mean,
median*, mode*, quantiles, covariance, correlation and linear_regression
follow CPython's float algorithms exactly."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from math import fsum, sqrt, exp, log

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _all_ints(data):
    for x in data:
        if type(x) is not int and type(x) is not bool:
            return False
    return True


def _check_numbers(data):
    for x in data:
        if not isinstance(x, (int, float)):
            raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _split(a):
    # Veltkamp splitting: a == hi + lo with 26-bit halves.
    t = 134217729.0 * a
    hi = t - (t - a)
    return hi, a - hi


def _two_product(a, b):
    """(p, e) with p = fl(a*b) and a*b == p + e exactly (Dekker)."""
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    return p, e


def _exact_sum(values):
    """The exact sum of floats as hi + lo (hi correctly rounded)."""
    values = list(values)
    hi = fsum(values)
    if not math.isfinite(hi):
        return hi, 0.0
    lo = fsum(values + [-hi])
    return hi, lo


def _divide(a_hi, a_lo, b_hi, b_lo):
    """(a_hi + a_lo) / (b_hi + b_lo), rounded once in nearly every case, as
    CPython's division of exact Fractions is."""
    q = a_hi / b_hi
    if not math.isfinite(q) or q == 0.0:
        return q
    p, e = _two_product(q, b_hi)
    # remainder of the numerator after q * denominator, computed exactly
    r = ((a_hi - p) - e) + a_lo - q * b_lo
    return q + r / b_hi


def _int_ratio(num, den):
    """CPython's _convert(Fraction(num, den), int): an int when exact, else
    the correctly rounded float."""
    if den < 0:
        num, den = -num, -den
    if num % den == 0:
        return num // den
    return num / den


def mean(data):
    """Return the sample arithmetic mean of data."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    _check_numbers(data)
    if _all_ints(data):
        try:
            return _int_ratio(sum(data), n)
        except OverflowError:
            pass
    hi, lo = _exact_sum(data)
    return _divide(hi, lo, float(n), 0.0)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    num = fsum(d * w for d, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in list(data) + list(weights):
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x, w in zip(data, weights) if w):
        return 0
    # CPython sums the float terms w / x exactly, then divides once.
    terms = [w / x for w, x in zip(weights, data) if w]
    hi, lo = _exact_sum(terms)
    if hi <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sum_weights = sum(weights) if _all_ints(weights) else fsum(weights)
    return _divide(float(sum_weights), 0.0, hi, lo)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        i = n // 2
        return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    L = x - interval / 2.0    # Lower limit of the median interval
    cf = i                    # Cumulative frequency of the preceding interval
    f = j - i                 # Number of elements in the median internal
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide *data* into *n* continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n                               # rescale i to m/n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j  # clamp to 1 .. ld-1
            delta = i * m - j * n                        # exact integer math
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# --------------------------------------------------------------- spread

def _two_sum(a, b):
    """(s, e) with s = fl(a+b) and a+b == s + e exactly (Knuth)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _ss_ratio(data, xbar, ddof):
    """(sum of squared deviations) / (n - ddof): an exact ratio (num, den)
    for int data, else a double-double (hi, lo, 'dd') accurate far beyond
    a float, so that rounding it gives CPython's exact Fraction result."""
    n = len(data)
    if xbar is None and _all_ints(data):
        try:
            sx = sum(data)
            sxx = sum(x * x for x in data)
            # ssd = (n*sxx - sx*sx) / n, divided by (n - ddof)
            return (n * sxx - sx * sx, n * (n - ddof))
        except OverflowError:
            pass
    floats = [float(x) for x in data]
    if xbar is None:
        sh, sl = _exact_sum(floats)
        ch = _divide(sh, sl, float(n), 0.0)
        p, e = _two_product(ch, float(n))
        cl = (((sh - p) - e) + sl) / n
    else:
        ch, cl = float(xbar), 0.0
    parts = []
    for x in floats:
        dh, dl = _two_sum(x, -ch)
        dl -= cl
        p, e = _two_product(dh, dh)
        parts.append(p)
        parts.append(e)
        parts.append(2.0 * dh * dl)
        parts.append(dl * dl)
    hi, lo = _exact_sum(parts)
    return (hi, lo, n - ddof)


def _ratio_float(r):
    if len(r) == 2:
        return _int_ratio(*r)
    return _divide(r[0], r[1], float(r[2]), 0.0)


def _ratio_dd(r):
    """The ratio as a double-double (hi, lo)."""
    if len(r) == 2:
        num, den = r
        q = num / den
        if abs(num) < 2 ** 53 and abs(den) < 2 ** 53:
            p, e = _two_product(q, float(den))
            return q, (((num - p) - e)) / den
        return q, 0.0
    hi, lo, d = r
    q = _divide(hi, lo, float(d), 0.0)
    p, e = _two_product(q, float(d))
    return q, (((hi - p) - e) + lo) / d


def _sqrt_dd(hi, lo):
    """sqrt(hi + lo), rounded once in nearly every case."""
    if hi <= 0.0:
        return sqrt(hi)
    s = sqrt(hi)
    p, e = _two_product(s, s)
    r = ((hi - p) - e) + lo
    return s + r / (2.0 * s)


def variance(data, xbar=None):
    """Return the sample variance of data."""
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    _check_numbers(data)
    return _ratio_float(_ss_ratio(data, xbar, 1))


def pvariance(data, mu=None):
    """Return the population variance of ``data``."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    _check_numbers(data)
    return _ratio_float(_ss_ratio(data, mu, 0))


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    _check_numbers(data)
    return _sqrt_dd(*_ratio_dd(_ss_ratio(data, xbar, 1)))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    _check_numbers(data)
    return _sqrt_dd(*_ratio_dd(_ss_ratio(data, mu, 0)))


# ---------------------------------------------------- two inputs

def covariance(x, y, /):
    """Covariance"""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient"""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx   # equivalent to:  covariance(x, y) / variance(x)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    "Normal distribution of a random variable"

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    data = list(data)
    return fmean(data), stdev(data)
