"""A grammar of Vietnamese publication stamps, for property tests (Hypothesis strategies).

Each stamp is what a portal prints for "when this was published": a day in one of the forms
the blind sets and the golden pages met (numbers, words, two-digit years), a weekday that
agrees with it, a clock (24-hour, "16h45", "16 giờ 45", 12-hour with SA/CH, AM/PM or the
period of the day), in either order, with a label or none. Beside it, what a reader takes
from it: the ISO day, and the minute at +07:00 when a clock is printed.

    line, want = data.draw(stamps())
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAYS_LOWER = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
MONTH_WORDS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
               "Mười Một", "Mười Hai")
#: Labels of the publication stamp (none is the most common).
LABELS = ("", "", "", "Ngày đăng: ", "Đăng ngày: ", "Ngày xuất bản: ", "Thời gian đăng: ",
          "Đăng lúc: ", "Ngày: ", "Xuất bản: ", "Ngày cập nhật: ")
SEPARATORS = (" ", " - ", " | ", ", ", "  ")


@st.composite
def days(draw: st.DrawFn) -> date:
    """A day before the test page's header clock (Thursday 05/12/2024)."""
    year = draw(st.integers(2016, 2024))
    month = draw(st.integers(1, 11 if year == 2024 else 12))
    return date(year, month, draw(st.integers(1, 28)))


@st.composite
def day_text(draw: st.DrawFn, day: date) -> str:
    """``day`` as printed (day first, as Vietnamese portals print it)."""
    d, m, y = day.day, day.month, day.year
    form = draw(st.sampled_from((
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
        f"ngày {d} tháng {m} năm {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d} tháng {m}, {y}", f"{d} Tháng {MONTH_WORDS[m - 1]} {y}",
        f"ngày {d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}")))
    weekday = draw(st.sampled_from(("", "", f"{WEEKDAYS[day.weekday()]}, ",
                                    f"{WEEKDAYS_LOWER[day.weekday()]} - ",
                                    f"{WEEKDAYS[day.weekday()]}, ")))
    if form.startswith(str(y)):
        weekday = ""     # (an ISO day is printed bare)
    if d <= 12 and d != m and date(y, d, m).weekday() != day.weekday() and \
            draw(st.integers(0, 5)) == 0:
        # a server writing month first (Drupal's "m/d/Y"): the weekday tells the order
        # (when the other reading falls on another weekday)
        return f"{WEEKDAYS[day.weekday()]}, {m:02d}/{d:02d}/{y}"
    return weekday + form


@st.composite
def clock_text(draw: st.DrawFn, english: bool = True) -> tuple[str, int, int]:
    """A clock as printed, and the hour and minute it means. (``english``: AM/PM too.)"""
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    half = hour % 12 or 12
    forms = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}", f"{hour:02d}h{minute:02d}",
             f"{hour} giờ {minute:02d}", f"{hour} giờ {minute} phút",
             f"{half}:{minute:02d} {'SA' if hour < 12 else 'CH'}"]
    if english:
        forms.append(f"{half:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}")
    if 13 <= hour <= 17:
        forms.append(f"{half}:{minute:02d} chiều")
    if 19 <= hour <= 22:
        forms.append(f"{half}:{minute:02d} tối")
    return draw(st.sampled_from(forms)), hour, minute


@st.composite
def stamps(draw: st.DrawFn) -> tuple[str, str]:
    """A publication stamp, and its ISO value (date only when no clock is printed)."""
    day = draw(days())
    shown = draw(day_text(day))
    label = draw(st.sampled_from(LABELS))
    if not draw(st.integers(0, 3)):           # a day alone, a quarter of the time
        return label + shown, day.isoformat()
    # AM/PM beside "3/5/2024" may be an en-US server's month-first date: archiver reads it
    # only with the page's evidence (tests/test_dates.py); here, a day past the 12th
    clock, hour, minute = draw(clock_text(english=day.day > 12 or not shown[-1:].isdigit()))
    sep = draw(st.sampled_from(SEPARATORS))
    first = draw(st.booleans())
    if first and (shown[:1].isdigit() or shown.startswith("ngày")):
        line = f"{clock}{sep}{shown}"
    else:
        line = f"{shown}{sep}{clock}"
    return label + line, f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"


#: Labels of an update stamp.
UPDATE_LABELS = ("Cập nhật: ", "Cập nhật lúc ", "Cập nhật lần cuối: ", "Sửa lần cuối ",
                 "Ngày cập nhật: ", "Cập nhật ngày ")


@st.composite
def stamp_pairs(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A publication stamp with a clock and an update stamp of a later moment (the same day
    or up to ten days on): both lines and both ISO values."""
    day = draw(days())
    later = day + timedelta(days=draw(st.integers(0, 10)))
    if later > date(2024, 12, 4):
        later = day
    clock, hour, minute = draw(clock_text(english=False))
    line = f"{draw(st.sampled_from(LABELS[3:9]))}{draw(day_text(day))} {clock}"
    up_clock, up_hour, up_minute = draw(clock_text(english=False))
    if later == day and (up_hour, up_minute) <= (hour, minute):
        if hour == 23:
            later = day + timedelta(days=1)     # (an update after midnight)
        else:
            up_hour, up_minute = hour + 1, minute
            up_clock = f"{up_hour:02d}:{up_minute:02d}"
    up_day = later.strftime("%d/%m/%Y") if draw(st.booleans()) else draw(day_text(later))
    update = f"{draw(st.sampled_from(UPDATE_LABELS))}{up_day} {up_clock}"
    return (line, f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00", update,
            f"{later.isoformat()}T{up_hour:02d}:{up_minute:02d}:00+07:00")


@st.composite
def stamp_parts(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A day and a clock a page prints in elements of their own: the day as printed, its ISO
    day, the clock as printed, and the ISO minute the two make."""
    day = draw(days())
    shown = draw(day_text(day))
    clock, hour, minute = draw(clock_text(english=day.day > 12))
    return shown, day.isoformat(), clock, f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"


@st.composite
def calendar_boxes(draw: st.DrawFn) -> tuple[list[str], str]:
    """A day printed as a calendar box, one part per element (a big "15", "Tháng 6",
    "2024"): the parts and the ISO day."""
    day = draw(days())
    d, m, y = day.day, day.month, day.year
    parts = draw(st.sampled_from((
        [str(d), f"Tháng {m}", str(y)], [f"{d:02d}", f"Tháng {m:02d}", str(y)],
        [f"{d:02d}", f"Tháng {m}, {y}"], [str(d), f"Tháng {m}/{y}"],
        [f"{d:02d}", f"{m:02d}/{y}"], [f"{d:02d}", f"{m:02d}", str(y)],
        [WEEKDAYS[day.weekday()], f"{d:02d}", f"Tháng {m}", str(y)])))
    return parts, day.isoformat()


#: Broadcast programmes whose names hold a clock ("Thời sự 19h30"): a slot, not a stamp.
PROGRAMMES = ("Thời sự", "Bản tin", "Chương trình Thời sự", "Bản tin thời sự")


@st.composite
def programme_slots(draw: st.DrawFn) -> tuple[str, str, str]:
    """A programme's name with its broadcast clock, a day printed beside it, and the ISO day
    (the page shows no time of its own)."""
    day = draw(days())
    hour, minute = draw(st.integers(5, 22)), draw(st.sampled_from((0, 0, 15, 30, 45)))
    name = draw(st.sampled_from(PROGRAMMES))
    if hour >= 18 and draw(st.booleans()):
        name = "Thời sự tối"
    elif 11 <= hour <= 13 and draw(st.booleans()):
        name = "Bản tin trưa"
    clock = draw(st.sampled_from((f"{hour}h{minute:02d}", f"{hour}h" if not minute else
                                  f"{hour}h{minute}", f"{hour}:{minute:02d}")))
    return f"{name} {clock}", draw(day_text(day)), day.isoformat()
