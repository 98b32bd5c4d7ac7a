"""Quantities read the same in Chinese and English: the forms reports and chat apps use."""

from __future__ import annotations

import pytest

from summarizer.lang.loose import looks_ahead
from summarizer.lang.quantities import Quantity, agreement, comparable, parse_quantities


def q(text: str) -> list[tuple[float, float | None, str, str, str]]:
    return [
        (round(x.value, 2), x.high, x.unit, x.qualifier, x.role) for x in parse_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("占比40%", [(40, None, "%", "", "")]),
        ("rose 64% to 280,000 units", [(64, None, "%", "", ""), (280000, None, "", "", "")]),
        ("占比40％", [(40, None, "%", "", "")]),  # full-width percent sign
        ("每8家受访车队中就有3家", [(37.5, None, "%", "about", "")]),  # 3 in 8
        ("每5人就有1人", [(20, None, "%", "about", "")]),
        ("每四户家庭就有一户", [(25, None, "%", "about", "")]),  # households count by 户
        ("大约每五户就有一户以上", [(20, None, "%", "over", "")]),  # and more than one in five
        ("约占区域市场的四成", [(40, None, "%", "about", "")]),  # 约占…的: about, what of between
        ("约占出口额的38%", [(38, None, "%", "about", "")]),
        ("占到一半以上", [(50, None, "%", "over", "")]),  # the qualifier after the word
        ("销量翻了两番", [(4, None, "x", "", "")]),  # doubled twice
        ("比上一年翻了一番还多", [(2, None, "x", "over", "")]),
        ("三分之一左右", [(33.33, None, "%", "about", "")]),
        ("grew 12 percent", [(12, None, "%", "", "")]),
        ("华南10-15%", [(10, 15, "%", "", "")]),
        ("15% to 20% of pull requests", [(15, 20, "%", "", "")]),
        ("between 18% and 24%", [(18, 24, "%", "", "")]),
        ("86% and 79%", [(86, None, "%", "", ""), (79, None, "%", "", "")]),
        ("规模30-80亿元", [(3e9, 8e9, "cny", "", "")]),
        ("增长4倍", [(4, 5, "x", "", "")]),  # 4 or, strictly read, 5 times the year before
        ("4x faster", [(4, None, "x", "", "")]),
        ("revenue quadrupled", [(4, None, "x", "", "")]),
        ("西部翻倍", [(2, None, "x", "", "")]),
        ("1.6 times as often", [(1.6, None, "x", "", "")]),
        ("2K→8K", [(2000, None, "", "", "from"), (8000, None, "", "", "to")]),
        (
            "from 12% to 19% in 2025",
            [(12, None, "%", "", "from"), (19, None, "%", "", "to"), (2025, None, "year", "", "")],
        ),
        ("从8%升至16%", [(8, None, "%", "", "from"), (16, None, "%", "", "to")]),
        ("近60%", [(60, None, "%", "nearly", "")]),
        ("超过60%", [(60, None, "%", "over", "")]),
        ("突破1万", [(10000, None, "", "over", "")]),
        ("不到40%", [(40, None, "%", "under", "")]),
        ("<40%", [(40, None, "%", "under", "")]),
        ("60%以上", [(60, None, "%", "over", "")]),
        ("nearly 40%", [(40, None, "%", "nearly", "")]),
        ("more than 10,000 employees", [(10000, None, "", "over", "")]),
        ("fewer than 100 employees", [(100, None, "", "under", "")]),
        ("三分之一", [(33.33, None, "%", "about", "")]),
        ("一半的公司", [(50, None, "%", "about", "")]),
        ("两倍", [(2, None, "x", "", "")]),
        ("四成", [(40, None, "%", "", "")]),
        ("一万两千五百人", [(12500, None, "", "", "")]),
        ("a quarter of respondents", [(25, None, "%", "about", "")]),
        ("two thirds of users", [(66.67, None, "%", "about", "")]),
        ("one in five teams", [(20, None, "%", "about", "")]),
        ("seven in ten shoppers", [(70, None, "%", "about", "")]),
        ("nine out of ten clinics", [(90, None, "%", "about", "")]),
        ("one-third of riders", [(33.33, None, "%", "about", "")]),
        ("司机每天工作10个小时", [(10, None, "hours", "", "")]),  # as "10 hours" reads
        ("over the past twelve months", [(12, None, "", "", "")]),  # as 过去12个月 reads
        ("within one year", []),
        ("less than one hour", [(1, None, "hours", "under", "")]),
        ("$39 per developer", [(39, None, "usd", "", "")]),
        ("¥120", [(120, None, "cny", "", "")]),
        ("120元人民币", [(120, None, "cny", "", "")]),
        ("39美元", [(39, None, "usd", "", "")]),
        ("$4.5 million", [(4.5e6, None, "usd", "", "")]),
        ("980万token", [(9.8e6, None, "tokens", "", "")]),
        ("9.8 million tokens", [(9.8e6, None, "tokens", "", "")]),
        ("4.6 hours per week", [(4.6, None, "hours", "", "")]),
        ("2.1 percentage points", [(2.1, None, "pp", "", "")]),
        ("lost 1.9 points of share", [(1.9, None, "pp", "", "")]),
        ("(+2.4 pts)", [(2.4, None, "pp", "", "")]),
        ("2,412名开发者", [(2412, None, "", "", "")]),
        ("高于2024年的61%", [(2024, None, "year", "", ""), (61, None, "%", "", "")]),
        ("in 2025", [(2025, None, "year", "", "")]),
        ("小型门店刚刚过半", [(50, None, "%", "over", "")]),  # just over half
        ("过半数门店已接入", [(50, None, "%", "over", "")]),
        ("超过半数", [(50, None, "%", "over", "")]),
        ("融资额达300多亿元", [(3e10, None, "cny", "over", "")]),  # 多 before the scale
        ("两百多万台", [(2e6, None, "", "over", "")]),
        ("出货4.6万台左右", [(46000, None, "", "about", "")]),  # 左右 after a measure word
        ("40家以上", [(40, None, "", "over", "")]),
    ],
)
def test_quantity_forms(text: str, expected: list[tuple]) -> None:
    assert q(text) == expected


def test_words_that_are_not_figures() -> None:
    assert q("一次性地审查三年的代码") == []  # 一次, 三年: words, not figures
    assert q("Claude and GPT models") == []
    assert q("华北是唯一一个下滑的地区，一二线城市仍在增长") == []  # 一一, 一二: words


def test_a_term_in_yuan_is_no_price_but_a_price_in_words_is() -> None:
    """三元 before a word (三元材料, 三元占比: ternary cathodes) is a term; 三元 at a price's
    end, before 左右 or 一杯, is 3 yuan."""
    assert [x.raw for x in parse_quantities("三元材料占比降至36%")] == ["36%"]
    assert parse_quantities("二元结构仍未改变") == []
    for price in ("一瓶水售价三元", "每杯三元左右", "三元一杯"):
        [found] = parse_quantities(price)
        assert (found.value, found.unit) == (3.0, "cny"), price


def test_a_little_over() -> None:
    [pay] = parse_quantities("人均月薪8千元出头")
    assert (pay.value, pay.unit, pay.qualifier) == (8000.0, "cny", "over")
    [gain] = parse_quantities("渗透率提升了11个多百分点")
    assert (gain.value, gain.unit, gain.qualifier) == (11.0, "pp", "over")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("20%", "35%", "conflict"),
        ("25%", "约四分之一", "same"),
        ("24%", "约四分之一", "approx"),
        ("近60%", "超过60%", "qualifier"),
        ("60%", "近60%", "same"),
        ("12%", "10-15%", "same"),
        ("$39", "39美元", "same"),
        ("$ 39", "$39", "same"),  # tokenized text puts a space after the sign
        ("won 6-0", "won 6-0", "same"),  # a score, not a range from 6 down to 0
        ("won 6-0", "won 7-6", "conflict"),
        ("won 6-0", "6", "incomparable"),
        ("$39", "39%", "incomparable"),
        ("2024年", "2024", "incomparable"),
    ],
)
def test_agreement(a: str, b: str, relation: str) -> None:
    [qa], [qb] = parse_quantities(a), parse_quantities(b)
    assert agreement(qa, qb) == relation


def test_quantity_is_plain_data() -> None:
    assert Quantity(40.0, "%").span() == (40.0, 40.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prices of EUR 11,800 and USD 2,000", [(11800.0, "eur"), (2000.0, "usd")]),
        ("R290天然冷媒的机型", []),  # a refrigerant's name, not 290 days
        (
            "COP rose from 3.0 in 2022 to 3.4 in 2025",
            [(3.0, ""), (2022.0, "year"), (3.4, ""), (2025.0, "year")],
        ),
        ("one in five adults", [(20.0, "%")]),
        ("Adoption is 79% in tier-1 cities and 58% in tier-3 ones", [(79.0, "%"), (58.0, "%")]),
        ("COVID-19 cases rose 5% in Phase 2", [(5.0, "%")]),  # labels and ranks, not counts
        ("recyclers must recover 50% of the lithium", [(50.0, "%")]),  # not "over 50%"
        ("moreover, 12% said so", [(12.0, "%")]),
        ("sales will grow 18.5% to 2030", [(18.5, "%"), (2030.0, "year")]),  # no range
        ("they spent ten times as much", [(10.0, "x")]),
        ("they meet three times a week", []),  # how often, not a multiple
        # a product's name and its number; a place and its figure with a unit are figures
        ("主要得益于Powerwall 3的热销", []),
        ("主要得益于Powerwall 3。", []),
        ("iPhone 15在华销量增长12%", [(12.0, "%")]),
        ("Hebei installed 12 GWh; NPS 46; Arsenal 3", [(12e6, "kwh"), (46.0, ""), (3.0, "")]),
        # a letter that starts a word or a code, or stands apart, is no scale
        ("37 M&A deals worth $4.6M", [(37.0, ""), (4.6e6, "usd")]),
        ("a 20 m mast and 2.5k users", [(20.0, ""), (2500.0, "")]),
        ("“最后一公里”配送仍是短板，站点相距三公里", [(3.0, "km")]),  # the last leg, no length
        # an amount hyphenated as an adjective: "a 2.86-trillion-yuan channel"
        ("a 2.86-trillion-yuan channel and a $5-billion fund", [(2.86e12, "cny"), (5e9, "usd")]),
        ("a 12-month low and 10-15% of firms", [(12.0, ""), (10.0, "%")]),
        ("12 B2B platforms and a 3bn fund", [(12.0, ""), (3e9, "")]),
    ],
)
def test_codes_names_and_years_read_right(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in parse_quantities(text)] == expected


def test_a_word_figure_reads_with_its_qualifier_as_written() -> None:
    assert [x.raw for x in parse_quantities("超过一半的车队，约三分之一的企业，一半以上")] == [
        "超过一半",
        "约三分之一",
        "一半以上",
    ]
    # 出头 ("a little over") after a fraction, as after a number
    [q] = parse_quantities("三分之一出头的门店")
    assert (q.raw, q.qualifier) == ("三分之一出头", "over")


def test_a_decade_and_a_kilowatt_are_no_figures_of_their_own() -> None:
    assert parse_quantities("全球销量结束了十年的增长") == []
    [kw, price] = parse_quantities("8千瓦机组约3900欧元")
    assert (kw.value, kw.unit) == (8, "kw") and (price.value, price.unit) == (3900, "eur")
    assert [q.value for q in parse_quantities("三千辆")] == [3000]


def test_a_currency_after_a_year_and_to_belongs_to_the_next_figure() -> None:
    found = parse_quantities("The average price fell from RMB 17.5 in 2022 to RMB 13.9 in 2024.")
    assert [(q.value, q.unit) for q in found] == [
        (17.5, "cny"),
        (2022, "year"),
        (13.9, "cny"),
        (2024, "year"),
    ]


@pytest.mark.parametrize("text", ["外卖订单约占41%", "约有41%的门店亏损", "约达41%"])
def test_about_before_a_verb_still_qualifies_the_figure(text: str) -> None:
    [q] = parse_quantities(text)
    assert (q.value, q.qualifier) == (41.0, "about")


@pytest.mark.parametrize("text", ["from 1 December 2024", "on 1 Dec 2024", "自2024年12月1日起"])
def test_a_date_written_day_first_is_the_same_date(text: str) -> None:
    dates = [q.value for q in parse_quantities(text) if q.unit == "date"]
    assert dates == [1201]


def test_a_generation_is_no_figure() -> None:
    """90后 and "post-90s" name people born in the 1990s: a claim about them states no 90."""
    for text, figures in (
        ("90后贡献了46%的消费", ["46%"]),
        ("90后、00后用户占比超过六成", ["超过六成"]),
        ("The post-90s generation accounts for 46% of spending", ["46%"]),
    ):
        assert [q.raw for q in comparable(parse_quantities(text))] == figures, text


def test_a_rank_is_no_figure() -> None:
    """ "still #1 with 17.8% of shipments": the #1 is a place in a ranking, so a report that
    says the firm lost 0.8 points is not read as giving 0.8 where the claim says 1."""
    for text, figures in (
        ("Norvik is still #1 with 17.8% of shipments (−0.8 pp).", ["17.8%", "0.8 pp"]),
        ("The #3 vendor, Teslin, grew 12%.", ["12%"]),
    ):
        assert [q.raw for q in comparable(parse_quantities(text))] == figures, text


@pytest.mark.parametrize(
    ("text", "heading", "ahead"),
    [
        ("Participating chargers could top 100,000.", "", True),
        ("The report expects hybrid work to keep edging up", "", True),
        ("the market to grow to roughly $76 billion", "Looking Ahead to 2026", True),
        ("32% could not find a free charger", "", False),  # could, but no forecast
        ("Prices may vary by city", "", False),
    ],
)
def test_a_forecast_is_read_from_its_words_or_heading(text: str, heading: str, ahead: bool) -> None:
    assert looks_ahead(text, heading) is ahead


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("公共桩全年充电1,068亿千瓦时", "public chargers delivered 106.8 TWh"),
        ("新增储能装机5,200万千瓦时", "52 GWh of new storage"),
        ("单桩功率提升至360千瓦", "power rose to 0.36 MW per charger"),
        ("单枪功率一百二十千瓦左右", "about 120 kW per connector"),  # 千 of 千瓦 ends no numeral
        ("海缆年产能约8400公里", "cable plants make about 8,400 km a year"),  # a length
        ("海外仓总面积约3,150万平方米", "31.5 million square metres of warehouses"),  # an area
    ],
)
def test_energy_and_power_read_the_same_in_both_scripts(chinese: str, english: str) -> None:
    (zh,), (en,) = parse_quantities(chinese), parse_quantities(english)
    assert zh.unit == en.unit and agreement(zh, en) == "same"


def test_a_per_kwh_price_is_no_figure_of_energy() -> None:
    assert [(q.value, q.unit) for q in parse_quantities("平均每千瓦时1.21元")] == [(1.21, "cny")]


@pytest.mark.parametrize(
    "text",
    ["车桩比由2.8:1降至2.4:1。", "the ratio improved from 2.8:1 to 2.4:1.", "由2.8比1降至2.4比1"],
)
def test_a_ratio_to_one_is_one_figure(text: str) -> None:
    figures = parse_quantities(text)
    assert [(q.value, q.unit, q.role) for q in figures] == [
        (2.8, "ratio", "from"),
        (2.4, "ratio", "to"),
    ]


def test_a_clock_time_is_no_ratio() -> None:
    assert all(q.unit != "ratio" for q in parse_quantities("the call starts at 10:15"))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("the market is approaching $70 billion", "nearly"),
        ("nearing 1 million users", "nearly"),
        ("upwards of 5,000 firms", "over"),
        ("in excess of 30% of revenue", "over"),
        ("exceeding 40% of the total", "over"),
    ],
)
def test_a_bound_written_in_words_is_the_figures_qualifier(text: str, qualifier: str) -> None:
    [q] = parse_quantities(text)
    assert q.qualifier == qualifier


def test_a_bound_with_le_after_it_is_still_the_figures_bound() -> None:
    """突破了两千亿美元 is over 200 billion, as 突破两千亿美元 is."""
    [q] = parse_quantities("冷链物流收入也突破了两千亿美元")
    assert (q.value, q.unit, q.qualifier) == (2e11, "usd", "over")


@pytest.mark.parametrize("text", ["passing 100 GW for the first time", "topping 5,000 units"])
def test_passing_a_figure_is_going_over_it(text: str) -> None:
    [q] = parse_quantities(text)
    assert q.qualifier == "over"


@pytest.mark.parametrize(
    ("text", "raw", "qualifier"),
    [
        ("yet fewer than half of managers agree", "fewer than half", "under"),
        ("more than half of firms now run hybrid", "more than half", "over"),
        ("just over a third of buyers", "just over a third", "over"),
        ("nearly two-thirds of the budget", "nearly two-thirds", "nearly"),
        ("under a quarter of sites", "under a quarter", "under"),
        ("half of all users", "half", "about"),
    ],
)
def test_an_english_fraction_word_takes_the_bound_written_before_it(
    text: str, raw: str, qualifier: str
) -> None:
    """ "Fewer than half" is below 50% — not "about half", which 48% would bear out."""
    [q] = parse_quantities(text)
    assert (q.raw, q.qualifier) == (raw, qualifier)


@pytest.mark.parametrize("text", ["sales in the second half of 2025", "first-half revenue"])
def test_a_half_of_the_year_is_no_share(text: str) -> None:
    assert [q for q in parse_quantities(text) if q.unit == "%"] == []


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("an 8.4% increase over $12.6 billion in 2024", "$12.6 billion"),
        ("a premium over RMB 30 a cup", "RMB 30"),
    ],
)
def test_an_amount_a_change_is_measured_over_is_no_bound(text: str, raw: str) -> None:
    """ "an increase over $12.6 billion" compares with $12.6 billion: it is not "over" it."""
    [q] = [q for q in parse_quantities(text) if q.unit != "%" and not q.is_year]
    assert (q.raw, q.qualifier) == (raw, "")
    # a bound still is one
    [bound] = parse_quantities("sales of over $12.6 billion")
    assert bound.qualifier == "over"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("县域桩利用率还不到全国平均水平的一半", 0.5, "x"),
        ("utilization is less than half the national average", 0.5, "x"),
        ("收入仅为去年的三分之一", 1 / 3, "x"),
        ("超过一半的企业已上云", 50.0, "%"),  # of firms: a share
        ("more than half of the firms", 50.0, "%"),
    ],
)
def test_a_fraction_of_a_level_is_a_multiple_of_it_not_a_share(
    text: str, value: float, unit: str
) -> None:
    """Half the national average utilization is no 50% utilization: it must meet neither a 50%
    nor a 5.6% as the same kind of figure."""
    (q,) = parse_quantities(text)
    assert (round(q.value, 3), q.unit) == (round(value, 3), unit)


def test_an_age_meets_the_bare_number_english_gives_it() -> None:
    (zh,) = parse_quantities("60岁及以上人口")
    (en,) = parse_quantities("people aged 60 and over")
    assert zh.unit == "age" and agreement(zh, en) == "same"


def test_an_area_and_a_length_have_units_a_count_lacks() -> None:
    area, count = parse_quantities("总面积约3,150万平方米，海外仓2,860个")
    assert (area.unit, count.unit) == ("m2", "")
    (length,) = parse_quantities("海缆年产能约8400公里")
    assert length.unit == "km"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("domestic brands may pass 50% around 2027", [2027]),
        ("by around 2030, when costs fall", [2030]),
        ("around 2000 stores closed", []),  # a count, with the noun it counts
    ],
)
def test_a_year_about_which_is_a_year(text: str, years: list[int]) -> None:
    assert [x.value for x in parse_quantities(text) if x.is_year] == years


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("双11全网成交额达到92亿元", [9.2e9]),  # Singles' Day by its date: no figure 11
        ("“双十二”期间订单增长18%", [18]),
        ("618大促期间GMV同比增长23%", [23]),
        ("全国共有618家门店", [618]),  # a count all the same
    ],
)
def test_a_shopping_festival_named_by_its_date_is_no_figure(
    text: str, figures: list[float]
) -> None:
    assert [x.value for x in parse_quantities(text)] == figures


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("2045年市场规模——198亿美元", True),  # a year to come: a forecast, however worded
        ("2040–2045年CAGR——12.4%", True),
        ("2019–2045年CAGR——12.4%", False),  # from a year long gone: no forecast by its years
        ("Waits reached 3.8 years, up from 2.6 in 2021; some are offered dates after 2045.", False),
        ("营收2031万元", False),  # an amount, no year
    ],
)
def test_a_figure_for_a_year_to_come_is_a_forecast(text: str, ahead: bool) -> None:
    assert looks_ahead(text) is ahead
