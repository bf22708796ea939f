"""Reference p-values for Binomial.exactTestPValue on large n (BinomialExactTestTests).

scipy 1.17.1: scipy.stats.binomtest(k, n, p).pvalue, the same two-sided exact test as R's
binom.test (densities within a relative 1e-7 of the observed one count as ties).
"""
from scipy.stats import binomtest

for k, n, p in [(500_030_000, 10**9, 0.5), (299_950_000, 10**9, 0.3), (60_100, 200_000, 0.3)]:
    print(k, n, p, repr(binomtest(k, n, p).pvalue))
# 500030000 1000000000 0.5 0.05778374190475356
# 299950000 1000000000 0.3 0.000559834679985293
# 60100 200000 0.3 0.6255856377123933
