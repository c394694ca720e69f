s = 'Hello'
print(s.upper(
print(s + '!' * 3)
print('World' in s)