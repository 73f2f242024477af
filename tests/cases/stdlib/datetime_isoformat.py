from datetime import *
for f in [lambda: timedelta(1)/0.0, lambda: timedelta(1)//0, lambda: timedelta(1)%timedelta(0), lambda: date.fromisoformat("2024-13-01"), lambda: date.fromisoformat("2024-02-30"),
 lambda: datetime.fromisoformat("2024-01-02T24:00"), lambda: datetime.fromisoformat("2024-01-02T03:04:05.1234567"), lambda: datetime.fromisoformat("2024-01-02T03:04:05,5"),
 lambda: datetime.fromisoformat("2024-01-02T03:04:05+05"), lambda: datetime.fromisoformat("2024-01-02T03:04:05-0530"), lambda: datetime.fromisoformat("2024-01-02T03"),
 lambda: datetime.fromisoformat("2024-01-02T0304"), lambda: datetime.fromisoformat("2024-01-02T03:04:05.12"), lambda: datetime.fromisoformat("2024-W01-1T10:00"),
 lambda: datetime.fromisoformat("2024-01-02X03:04"), lambda: datetime.fromisoformat("2024-01-02T03:04:05+25:00"), lambda: time.fromisoformat("25:00"),
 lambda: time.fromisoformat("03:04:05.1234567"), lambda: datetime.fromisoformat("2024"), lambda: datetime.fromisoformat("2024-01"), lambda: date.fromisoformat("2024-W53-1"),
 lambda: date.fromisoformat(5), lambda: datetime.fromisoformat("2024-01-02T03:04:05+00:00"), lambda: datetime.fromisoformat("2024-01-02T03:04:05.000001-00:00:01.5"),
 lambda: time.fromisoformat("030405"), lambda: time.fromisoformat("03:0405"), lambda: datetime.fromisoformat("2024-01-02T03:04:05 "),
 lambda: datetime.fromisoformat("2024-01-02T03:04:60"), lambda: date.fromisoformat("2024-01-02T00"),]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
