"""datetime: the Python half (the types are native, see datetime_module.cpp
and datetime_date.cpp): the tuple types that isocalendar() and timetuple()
return, with CPython 3.11's reprs."""


class IsoCalendarDate(tuple):
    """date.isocalendar(): (year, week, weekday) with named fields."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f'datetime.{self.__class__.__name__}'
                f'(year={self[0]}, '
                f'week={self[1]}, '
                f'weekday={self[2]})')


class _StructTime(tuple):
    """time.struct_time as timetuple() returns it."""

    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
               'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, fields):
        return super().__new__(cls, fields)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(
            f'{name}={value!r}' for name, value in zip(self._fields, self)) + ')'
