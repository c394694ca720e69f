x = (
  f'{a b}')