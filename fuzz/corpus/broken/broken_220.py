elif x:
 pass