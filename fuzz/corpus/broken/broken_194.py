while x
 pass