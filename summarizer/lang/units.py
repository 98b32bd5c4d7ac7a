"""The units a figure is written in, as the quantity parser reads them: shares, points, multiples,
money, spans of time, tokens, energy and power — the same whichever script or scale they are
written in (1,068亿千瓦时 is 106.8 TWh)."""

from __future__ import annotations

import re

UNIT_WORDS = [
    (r"个多百分点|多个百分点|个百分点|百分点|percentage points?|points?|pp|pts?", "pp"),
    (r"%|％|percent|per cent|成", "%"),
    (r"倍|x|×|times|-fold|fold", "x"),
    (r"美元|美金|usd|dollars?", "usd"),
    (r"元人民币|人民币|元|rmb|cny|yuan", "cny"),
    (r"欧元|eur|euros?", "eur"),
    (r"个小时|小时|hours?|hrs?", "hours"),  # 10个小时 is "10 hours"
    (r"天|日|days?", "days"),
    (r"weeks?|wks?", "weeks"),  # read in days: "about six weeks" is about 42 days
    (r"tokens?|个token", "tokens"),
    (r"[kmgt]wh(?![a-z])|千瓦时|兆瓦时|吉瓦时|太瓦时|瓦时", "kwh"),  # energy, in kWh
    (r"[kmg]w(?![a-z])|千瓦|兆瓦|吉瓦|瓦", "kw"),  # power, in kW
    (r"公里|km(?![a-z²³])|kilometres?|kilometers?", "km"),  # a length: 8400公里 is 8,400 km
    (r"平方米|平米|m²|sq\.?\s?m|square\s+met(?:re|er)s?", "m2"),  # an area: 3,150万平方米
    (r"周岁|岁", "age"),  # 60岁及以上: an age, which bounds a group (see conflicts' bands)
]
# energy and power read in kWh and kW: 1,068亿千瓦时 is 106.8 TWh
_PER_KILO = {"k": 1.0, "千": 1.0, "m": 1e3, "兆": 1e3, "g": 1e6, "吉": 1e6, "t": 1e9, "太": 1e9}
CURRENCY_PREFIX = {"$": "usd", "us$": "usd", "¥": "cny", "￥": "cny", "€": "eur", "rmb": "cny"}
CURRENCY_PREFIX |= {"usd": "usd", "eur": "eur", "cny": "cny"}  # EUR 11,800, USD 2,000


def unit_of(text: str | None) -> str:
    if not text:
        return ""
    for pattern, name in UNIT_WORDS:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE):
            return name
    return ""


def per_kilo(unit: str, written: str | None, scale: float, bscale: float) -> tuple[float, float]:
    """The scales that read an energy or power figure in kWh or kW: 8千瓦 (the 千 read as the
    unit's), 2万千瓦, 106.8 TWh."""
    if unit[0] == "瓦":
        return (1.0, 1.0) if written == "千" else (scale / 1e3, bscale / 1e3)
    factor = _PER_KILO[unit[0].lower()]
    return scale * factor, bscale * factor
