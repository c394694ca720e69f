### statistics
import statistics as st, random
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data), st.mean([1, 2, 3]), st.variance([1, 3, 5]))
print(st.median([1, 3, 5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.multimode("aabbbcccc"), st.multimode([1, 1, 2, 2]), st.mode(["red", "blue", "red"]))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.mean([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]), st.mean([True, True, False]))
random.seed(3)
latencies = [round(random.uniform(0.05, 0.5), 3) for _ in range(50)]
print(st.mean(latencies), st.median(latencies), st.stdev(latencies), st.pstdev(latencies), st.quantiles(latencies, n=4))
ints = [random.randint(1, 1000) for _ in range(100)]
print(st.mean(ints), st.variance(ints), st.stdev(ints), st.pvariance(ints), st.harmonic_mean(ints[:10]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([]), lambda: st.geometric_mean([0, 1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.quantiles([1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(st.NormalDist(100, 15), st.NormalDist(0, 1).cdf(1.96), round(st.NormalDist.from_samples([1, 2, 3, 4]).stdev, 6))
### statistics_random
import statistics as st, random
random.seed(11)
out = []
for trial in range(60):
    n = random.randint(2, 12)
    data = [random.uniform(-100, 100) * 10 ** random.randint(-3, 3) for _ in range(n)]
    pos = [abs(x) + 0.001 for x in data]
    ints = [random.randint(-10**6, 10**6) for _ in range(n)]
    print(trial, st.mean(data), st.variance(data), st.stdev(data), st.pvariance(data), st.harmonic_mean(pos), st.mean(ints), st.variance(ints), st.stdev(ints), st.pstdev(ints))
