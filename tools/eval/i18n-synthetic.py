#!/usr/bin/env python3
"""Writes the synthetic part of the multilingual evaluation set (issue 15): sentences in the six UN languages
that state cited facts of data/ (Artemis Accords and ILRS memberships with their dates, OECD GBARD space budgets,
GCAT orbital launch counts), with gold annotations computed from the template offsets, never from the extractor.

Usage (from the repository root): tools/eval/i18n-synthetic.py tools/eval/cldr-country-names.tsv astropol-app/src/test/resources/evaluation/i18n
CLDR_TSV: iso3 and the CLDR country names in en fr es ru zh ar (OpenJDK 25 Locale.getDisplayCountry), the
common names a writer uses. Items are split into dev and test by a fixed hash of their id, so the split does not
depend on the extractor. Written once; the test file is committed before any extractor change and checked by hash.
"""
import hashlib, json, random, sys, yaml
from decimal import Decimal

LANGS = ["en", "fr", "es", "ru", "zh", "ar"]
cldr = {}
for line in open(sys.argv[1], encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    cldr[p[0]] = dict(zip(LANGS, p[1:]))
cldr["KOR"]["ru"] = "Южная Корея"  # the common form; CLDR gives the formal one
# French articles from UNTERM French Short ("Australie (l')" -> "l'"), ../shared/data/countries/country-codes.csv
import csv
FR_ARTICLE = {}
for row in csv.DictReader(open("../shared/data/countries/country-codes.csv", encoding="utf-8")):
    short = row.get("UNTERM French Short") or ""
    if "(" in short: FR_ARTICLE[row["ISO3166-1-Alpha-3"]] = short[short.index("(") + 1:short.index(")")]

def fr_state(state, capital):
    """The article and the name: ("L'", "Australie"); ("", "Israël") when UNTERM gives none."""
    a = FR_ARTICLE.get(state, "")
    a = a if a.endswith("'") or not a else a + " "
    return (a[:1].upper() + a[1:] if capital else a), cldr[state]["fr"]

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "ar-levant": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split("|"),
}
ARABIC_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")

def date_text(lang, d, variant):
    y, m, day = d.year, d.month, d.day
    if lang == "en": return f"{day} {MONTHS['en'][m-1]} {y}" if variant % 2 else f"{MONTHS['en'][m-1]} {day}, {y}"
    if lang == "fr": return f"{'1er' if day == 1 else day} {MONTHS['fr'][m-1]} {y}"
    if lang == "es": return f"{day} de {MONTHS['es'][m-1]} de {y}"
    if lang == "ru": return f"{day} {MONTHS['ru'][m-1]} {y} года" if variant % 3 else f"{day:02d}.{m:02d}.{y}"
    if lang == "zh": return f"{y}年{m}月{day}日"
    if lang == "ar":
        t = f"{day} {MONTHS['ar' if variant % 2 else 'ar-levant'][m-1]} {y}"
        return t.translate(ARABIC_DIGITS) if variant % 3 == 0 else t

GROUPS = {
    "artemis-accords": {"en": "the Artemis Accords", "fr": "les accords Artemis", "es": "los Acuerdos Artemis",
                        "ru": "Соглашения Артемиды", "zh": "《阿尔忒弥斯协定》", "ar": "اتفاقيات أرتميس"},
    "ilrs": {"en": "the International Lunar Research Station", "fr": "la Station internationale de recherche lunaire",
             "es": "la Estación Internacional de Investigación Lunar", "ru": "проекту Международной научной лунной станции",
             "zh": "国际月球科研站", "ar": "محطة أبحاث القمر الدولية"},
}
ORGS = {"nasa": {"en": "NASA", "fr": "NASA", "es": "NASA", "ru": "НАСА", "zh": "美国国家航空航天局", "ar": "ناسا"},
        "cnsa": {"en": "CNSA", "fr": "CNSA", "es": "CNSA", "ru": "CNSA", "zh": "国家航天局", "ar": "إدارة الفضاء الوطنية الصينية"}}

def ru_verb(name, fem, masc, plural):
    last = name.split()[-1] if " " not in name else name.split()[0]
    if last.endswith(("ые", "ие")) or name in ("ОАЭ",): return plural
    return fem if name.endswith(("а", "я")) else masc

# templates: a list of parts; ("S",) state, ("D",) date, ("G",) group, ("O",) organisation
def event_sentence(lang, state, group, d, variant):
    S, D, G = cldr[state][lang], date_text(lang, d, variant), GROUPS[group][lang]
    O = ORGS["nasa" if group == "artemis-accords" else "cnsa"][lang]
    sign = group == "artemis-accords"
    if lang == "en":
        t = [("S", S), " signed " if sign else " joined ", ("G", G), " on ", ("D", D), ", ", ("O", O), " said."] if variant % 2 else \
            ["On ", ("D", D), ", ", ("S", S), " became " + ("a signatory of " if sign else "a partner of "), ("G", G), ", according to ", ("O", O), "."]
    elif lang == "fr":
        art_lower, _ = fr_state(state, False)
        art_upper, _ = fr_state(state, True)
        t = ["Le ", ("D", D), ", " + art_lower, ("S", S), " a signé " if sign else " a rejoint ", ("G", G), ", a indiqué la ", ("O", O), "."] if variant % 2 else \
            [art_upper, ("S", S), " a adhéré aux accords Artemis le " if sign else " a adhéré à la Station internationale de recherche lunaire le ", ("D", D), ", selon la ", ("O", O), "."]
    elif lang == "es":
        t = [("S", S), " firmó " if sign else " se unió a ", ("G", G), " el ", ("D", D), ", informó la ", ("O", O), "."] if variant % 2 else \
            ["El ", ("D", D), ", ", ("S", S), " se adhirió a " if sign else " se sumó a ", ("G", G), ", según la ", ("O", O), "."]
    elif lang == "ru":
        verb = ru_verb(S, "подписала", "подписал", "подписали") if sign else ru_verb(S, "присоединилась к", "присоединился к", "присоединились к")
        t = [("D", D), " ", ("S", S), " " + verb + " ", ("G", G), ", сообщило ", ("O", O), "."] if variant % 2 else \
            [("S", S), " " + verb + " ", ("G", G), " ", ("D", D), ", по данным ", ("O", O), "."]
    elif lang == "zh":
        t = [("S", S), "于", ("D", D), "签署了" if sign else "加入了", ("G", G), "，", ("O", O), "表示。"] if variant % 2 else \
            [("D", D), "，", ("S", S), "正式签署" if sign else "正式加入", ("G", G), "，据", ("O", O), "消息。"]
    else:
        t = ["وقعت ", ("S", S), " على " if sign else "", ("G", G), " في ", ("D", D), "، وفقا لـ", ("O", O), "."] if sign else \
            ["انضمت ", ("S", S), " إلى ", ("G", G), " في ", ("D", D), "، حسب ", ("O", O), "."]
        if variant % 2 == 0: t = ["في ", ("D", D), "، ", "وقعت " if sign else "انضمت ", ("S", S), " على " if sign else " إلى ", ("G", G), "، وفقا لـ", ("O", O), "."]
    return t

def fmt_number(lang, v, variant):
    """v: a float; grouping and decimal marks of the language."""
    s = f"{v:,.3f}".rstrip("0").rstrip(".")
    ip, _, dp = s.partition(".")
    if lang == "en": return s
    if lang == "fr": return ip.replace(",", "\u202f" if variant % 2 else " ") + ("," + dp if dp else "")
    if lang == "es": return ip.replace(",", ".") + ("," + dp if dp else "")
    if lang == "ru": return ip.replace(",", " " if variant % 2 else "") + ("," + dp if dp else "")
    if lang == "zh": return ip.replace(",", "") + ("." + dp if dp else "")
    if lang == "ar":
        t = ip.replace(",", "") + ("." + dp if dp else "")
        return t.translate(ARABIC_DIGITS) if variant % 2 else t

CUR = {"USD": {"en": "$", "fr": "dollars", "es": "dólares", "ru": "долларов", "zh": "美元", "ar": "دولار"},
       "JPY": {"en": "¥", "fr": "yens", "es": "yenes", "ru": "иен", "zh": "日元", "ar": "ين"},
       "EUR": {"en": "€", "fr": "euros", "es": "euros", "ru": "евро", "zh": "欧元", "ar": "يورو"},
       "GBP": {"en": "£", "fr": "livres sterling", "es": "libras esterlinas", "ru": "фунтов стерлингов", "zh": "英镑", "ar": "جنيه إسترليني"},
       "KRW": {"en": "KRW ", "fr": "wons", "es": "wones", "ru": "вон", "zh": "韩元", "ar": "وون"}}

def amount_text(lang, millions, cur, variant):
    """(text, value) of an amount given in millions; the scale word is million or billion."""
    c = CUR[cur][lang]
    big = millions >= 1000 and variant % 2 == 0
    x = round(millions / 1000, 1) if big else round(millions, 3)   # the figure as written (at most three decimals)
    value = Decimal(repr(x)) * (10 ** 9 if big else 10 ** 6)   # exact: the figure as written times its scale
    n = fmt_number(lang, x, variant)
    if lang == "en":
        return (f"{c}{n} {'billion' if big else 'million'}", value)
    if lang == "fr": return (f"{n} {'milliards' if big else 'millions'} de {c}", value)
    if lang == "es": return (f"{n} {'mil millones' if big else 'millones'} de {c}", value)
    if lang == "ru": return (f"{n} {'млрд' if big else 'млн'} {c}", value)
    if lang == "zh":
        y = round(millions / 100, 2)   # 亿 = 100 million
        return (f"{fmt_number('zh', y, 0)}亿{c}", Decimal(repr(y)) * 10 ** 8)
    if lang == "ar": return (f"{n} {'مليار' if big else 'مليون'} {c}", value)

def budget_sentence(lang, state, year, amount):
    S, A = cldr[state][lang], ("A", amount)
    return {"en": [("S", S), "'s government space R&D budget was ", A, f" in {year}."],
            "fr": [f"En {year}, le budget public de R&D spatiale de la ", ("S", S), " était de ", A, "."] if state == "FRA" else
                  [f"En {year}, le budget public de R&D spatiale du pays ", ("S", S), " était de ", A, "."],
            "es": [f"En {year}, el presupuesto público de I+D espacial de ", ("S", S), " fue de ", A, "."],
            "ru": [f"В {year} году бюджет на космические исследования, страна ", ("S", S), ", составил ", A, "."],
            "zh": [f"{year}年，", ("S", S), "政府航天研发预算为", A, "。"],
            "ar": [f"بلغت ميزانية البحث والتطوير الفضائي الحكومية في ", ("S", S), f" عام {year} ما قيمته ", A, "."]}[lang]

LAUNCH_UNIT = {"en": "orbital launches", "fr": "lancements orbitaux", "es": "lanzamientos orbitales",
               "ru": "орбитальных запусков", "zh": "次轨道发射", "ar": "عملية إطلاق مداري"}

def launch_sentence(lang, state, year, n, variant):
    S = cldr[state][lang]
    num = fmt_number(lang, n, variant)
    A = ("N", num + ("" if lang == "zh" else " ") + LAUNCH_UNIT[lang])
    return {"en": [f"In {year}, ", ("S", S), " carried out ", A, "."],
            "fr": [f"En {year}, le pays ", ("S", S), " a effectué ", A, "."],
            "es": [f"En {year}, ", ("S", S), " realizó ", A, "."],
            "ru": [f"В {year} году страна ", ("S", S), " выполнила ", A, "."],
            "zh": [f"{year}年，", ("S", S), "共进行了", A, "。"],
            "ar": [f"نفذت ", ("S", S), f" في عام {year} ", A, "."] if variant % 2 else
                  [f"في عام {year}، نفذت دول عدة عمليات إطلاق، و", ("S", S), " نفذت ", A, "."]}[lang]

def render(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append((p[0], len(text), len(text) + len(p[1])))
            text += p[1]
        else:
            text += p
    return text, spans

def main():
    out = sys.argv[2]
    items = []
    art = yaml.safe_load(open("data/coalitions/artemis.yaml"))["memberships"]
    ilrs = yaml.safe_load(open("data/coalitions/ilrs.yaml"))["memberships"]
    facts = []
    for block in art + ilrs:
        for m in block["members"]:
            since = m.get("since")
            if m["member"] in cldr and hasattr(since, "year"):
                src = m.get("source") or m["sources"][0]["id"]
                facts.append((block["group"], m["member"], since, src))
    budgets = [s for s in yaml.safe_load(open("data/datasets/budgets-oecd.yaml"))["statements"] if s["property"] == "civil-space-budget"]
    launches = [s for s in yaml.safe_load(open("data/datasets/launches.yaml"))["statements"]
                if s.get("property") == "orbital-launches" and s["subject"] in cldr and s["from"] >= 1990 and s["value"] >= 2]
    rnd = random.Random(15)
    launches = rnd.sample(launches, 80)
    for lang in LANGS:
        for i, (group, member, since, src) in enumerate(facts):
            text, spans = render(event_sentence(lang, member, group, since, i))
            gold = {"states": [], "organisations": [], "dates": [], "amounts": [],
                    "events": [{"member": member, "group": group, "action": "signature" if group == "artemis-accords" else "joining", "date": since.isoformat()}]}
            for k, s, e in spans:
                if k == "S": gold["states"].append({"start": s, "end": e, "id": member})
                if k == "O": gold["organisations"].append({"start": s, "end": e, "id": "nasa" if group == "artemis-accords" else "cnsa"})
                if k == "D": gold["dates"].append({"start": s, "end": e, "value": since.isoformat()})
            items.append({"id": f"{lang}-event-{group}-{member}", "lang": lang, "text": text, "gold": gold,
                          "facts": [{"record": f"memberships {group} {member}", "source": src}]})
        for i, b in enumerate(budgets):
            millions = float(str(b["value"]).split()[0])
            atext, value = amount_text(lang, millions, b["unit"], i)
            text, spans = render(budget_sentence(lang, b["subject"], b["year"], atext))
            gold = {"states": [], "organisations": [], "dates": [], "amounts": [], "events": []}
            for k, s, e in spans:
                if k == "S": gold["states"].append({"start": s, "end": e, "id": b["subject"]})
                if k == "A": gold["amounts"].append({"start": s, "end": e, "value": format(value.normalize(), "f"), "unit": b["unit"]})
            items.append({"id": f"{lang}-budget-{b['subject']}-{b['year']}", "lang": lang, "text": text, "gold": gold,
                          "facts": [{"record": f"statement {b['subject']} civil-space-budget {b['year']}", "source": b["source"]}]})
        for i, l in enumerate(launches):
            text, spans = render(launch_sentence(lang, l["subject"], l["from"], l["value"], i))
            gold = {"states": [], "organisations": [], "dates": [], "amounts": [], "events": []}
            for k, s, e in spans:
                if k == "S": gold["states"].append({"start": s, "end": e, "id": l["subject"]})
                if k == "N": gold["amounts"].append({"start": s, "end": e, "value": str(l["value"]), "unit": "launches"})
            items.append({"id": f"{lang}-launches-{l['subject']}-{l['from']}", "lang": lang, "text": text, "gold": gold,
                          "facts": [{"record": f"statement {l['subject']} orbital-launches {l['from']}", "source": l["source"]}]})
    # announced intention (cited: Latvia's announcement of 31 October 2025, data/coalitions/artemis.yaml header)
    ann = {"en": ["Latvia", " announced that it will sign ", "the Artemis Accords", "."],
           "fr": ["La ", "Lettonie", " a annoncé qu'elle signera ", "les accords Artemis", "."],
           "es": ["Letonia", " anunció que firmará ", "los Acuerdos Artemis", "."],
           "ru": ["Латвия", " объявила, что подпишет ", "Соглашения Артемиды", "."],
           "zh": ["拉脱维亚", "宣布将签署", "《阿尔忒弥斯协定》", "。"],
           "ar": ["أعلنت ", "لاتفيا", " أنها ستوقع على ", "اتفاقيات أرتميس", "."]}
    for lang, parts in ann.items():
        name = cldr["LVA"][lang]
        parts = [("S", p) if p == name else p for p in parts]
        text, spans = render(parts)
        gold = {"states": [{"start": s, "end": e, "id": "LVA"} for k, s, e in spans], "organisations": [], "dates": [], "amounts": [],
                "events": [{"member": "LVA", "group": "artemis-accords", "action": "announced", "date": None}]}
        items.append({"id": f"{lang}-announced-artemis-LVA", "lang": lang, "text": text, "gold": gold,
                      "facts": [{"record": "memberships artemis-accords LVA (announced)", "source": "data/coalitions/artemis.yaml"}]})
    parts = {"dev": [], "test": []}
    for it in items:
        it["synthetic"] = True
        h = int(hashlib.sha256(it["id"].encode()).hexdigest(), 16)
        parts["test" if h % 2 else "dev"].append(it)
    for name, its in parts.items():
        with open(f"{out}/synthetic-{name}.json", "w", encoding="utf-8") as f:
            json.dump({"synthetic": True, "part": name, "generator": "tools/eval/i18n-synthetic.py", "items": its}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(name, len(its))

main()
