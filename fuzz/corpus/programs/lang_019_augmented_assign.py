n = 10
n += 1; print(n)
n -= 2; print(n)
n *= 3; print(n)
n /= 2; print(n)
n //= 2; print(n)
n **= 2; print(n)
n %= 7; print(n)
m = 0b1100
m &= 0b1010; print(m)
m |= 1; print(m)
m ^= 0b1111; print(m)
m <<= 3; print(m)
m >>= 1; print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
tt = (1,)
tt2 = tt
tt += (3,)
print(tt2, tt)
d = {"k": 1}
d["k"] += 41
print(d)
