import time
moments = [0, 951782400, 1234567890, 1700000000, 4102444799]
for m in moments:
    t = time.gmtime(m)
    print(m, time.strftime("%Y-%m-%dT%H:%M:%SZ", t), time.strftime("%a %d %b %Y, week day %w, day %j", t), time.strftime("%I%p %y %%", t))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(time.strftime("%Y/%m/%d %H-%M-%S", st), st.tm_yday, st[4])
print(time.strftime("%H:%M", (2000, 1, 1, 9, 5, 0, 0, 1, 0)))
print(time.gmtime(1e9).tm_year, time.gmtime(-86400).tm_mday, time.gmtime(0.999).tm_sec)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print(e)
