#!/usr/bin/env python3
"""Hand annotation of the non-English law texts of ../shared/corpus-law (issue 15 item 4).

Each entry below was decided by reading the text (guidelines in docs/evaluation.md, "Law texts in French,
Spanish, Russian and Chinese"); the pattern only locates the span, so that the committed files hold offsets,
ids and values, never the text. Offsets are Python code points = Java String indices (no astral characters in
these files; checked below). Regions are the text's paragraphs (blank-line separated); each region is one
item, split into development and test by the SHA-256 of its id, as the synthetic set is.
Writes astropol-app/src/test/resources/evaluation/law-i18n/law-{dev,test}.json and law-test.json.sha256.

A second, separate set (DOCS_EN, issue 15 items 1 and 4) annotates the dates only of the English UN treaties and
General Assembly resolutions, written to law-en-{dev,test}.json and law-en-test.json.sha256; it was committed before
the extractor learnt to read dates written in words, so that its test part is held out. Its files say which kinds
they annotate ("kinds"): the other kinds are not scored on them.
"""
import hashlib, json, re, sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared"
OUT = "astropol-app/src/test/resources/evaluation/law-i18n"

def P(text):
    """A literal whose spaces match any run of white space (the national laws wrap lines inside names)."""
    return r"\s+".join(re.escape(w) for w in text.split(" "))

UN_FR = r"(?:Organisation\s+des\s+)?Nations\s+Unies"
DEPOSITARIES_FR = [("states", P("États-Unis d’Amérique"), "USA"), ("states", P("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"), "GBR"),
                   ("states", P("Union des Républiques socialistes soviétiques"), "SUN")]

# (kind, regex, id or value, occurrences: None = every match, else list of match indices)
DOCS = {
 "corpus-law/un/treaty/ost-1967/1967-01-27-fr/text.txt": ("fr", [
    ("organisations", UN_FR, "un", None), *[(k, r, v, None) for k, r, v in DEPOSITARIES_FR],
    ("dates", P("13 décembre 1963"), "1963-12-13", None), ("dates", P("17 octobre 1963"), "1963-10-17", None),
    ("dates", P("3 novembre 1947"), "1947-11-03", None), ("dates", P("vingt-sept janvier mil neuf cent soixante-sept"), "1967-01-27", None)]),
 "corpus-law/un/treaty/rescue-1968/1968-04-22-fr/text.txt": ("fr", [
    ("organisations", UN_FR, "un", None), *[(k, r, v, None) for k, r, v in DEPOSITARIES_FR],
    ("dates", P("vingt-deux avril mil neuf cent soixante-huit"), "1968-04-22", None)]),
 "corpus-law/un/treaty/liability-1972/1972-03-29-fr/text.txt": ("fr", [
    ("organisations", UN_FR, "un", None), *[(k, r, v, None) for k, r, v in DEPOSITARIES_FR],
    ("dates", P("vingt -neuf mars mil neuf cent soixante-douze"), "1972-03-29", None)]),
 "corpus-law/un/treaty/registration-1975/1975-01-14-fr/text.txt": ("fr", [
    ("organisations", UN_FR, "un", None),
    ("dates", P("27 janvier 1967"), "1967-01-27", None), ("dates", P("22 avril 1968"), "1968-04-22", None),
    ("dates", P("29 mars 1972"), "1972-03-29", None), ("dates", P("quatorze janvier mil neuf cent soixante-quinze"), "1975-01-14", None)]),
 "corpus-law/un/treaty/moon-1979/1979-12-18-fr/text.txt": ("fr", [
    ("organisations", UN_FR, "un", None),
    ("dates", P("24 octobre 1970"), "1970-10-24", None), ("dates", P("dix-huit décembre mil neuf cent soixante-dix-neuf"), "1979-12-18", None)]),
 "corpus-law/nat/fra/loi-operations-spatiales-2008/2023-08-03/text.txt": ("fr", [
    ("states", r"\bFrance\b", "FRA", None),
    ("organisations", P("Centre national d'études spatiales") + "?", "cnes", None),
    ("organisations", P("Agence spatiale européenne"), "esa", None),
    ("organisations", P("Union européenne"), "eu", None),
    ("dates", P("3 juin 2008"), "2008-06-03", None), ("dates", P("4 juin 2008"), "2008-06-04", None),
    ("dates", P("18 septembre 2019"), "2019-09-18", None), ("dates", P("1er janvier 2020"), "2020-01-01", None),
    ("dates", P("14 janvier 1975"), "1975-01-14", None), ("dates", P("27 janvier 1967"), "1967-01-27", None),
    ("dates", P("29 mars 1972"), "1972-03-29", None), ("dates", P("16 janvier 2008"), "2008-01-16", None),
    ("dates", P("9 avril 2008"), "2008-04-09", None), ("dates", P("22 mai 2008"), "2008-05-22", None),
    # parliamentary sessions: both bounds of the range, at year precision (English guideline)
    ("dates", r"(?<=\()2006(?=-2007\))", "2006", None), ("dates", r"(?<=\(2006-)2007(?=\))", "2007", None),
    ("dates", r"(?<=\()2007(?=-2008\))", "2007", None), ("dates", r"(?<=\(2007-)2008(?=\))", "2008", None),
    ("amounts", P("200 000 euros"), "200000 EUR", None), ("amounts", r"300 000\s+euros", "300000 EUR", None)]),
 "corpus-law/nat/lux/ressources-espace-2017/2017-07-20/text.txt": ("fr", [
    ("states", r"(?:Grand-Duché\s+de\s+)?\bLuxembourg\b", "LUX", None),
    ("dates", P("20 juillet 2017"), "2017-07-20", None), ("dates", P("13 juillet 2017"), "2017-07-13", None),
    ("dates", P("14 juillet 2017"), "2017-07-14", None), ("dates", P("10 août 1915"), "1915-08-10", None),
    ("dates", r"(?<=ord\. )2016(?=-2017)", "2016", None), ("dates", r"(?<=ord\. 2016-)2017", "2017", None),
    ("amounts", r"(?<=entre )5\.000(?= et 500\.000 euros)", "5000 EUR", None), ("amounts", P("1.000.000 d’euros"), "1000000 EUR", None),
    ("amounts", r"5\.000(?= à 1\.250\.000 euros)", "5000 EUR", None), ("amounts", P("1.250.000 euros"), "1250000 EUR", None),
    ("amounts", r"(?<=amende de )1\.250(?= à)", "1250 EUR", None), ("amounts", P("500.000 euros"), "500000 EUR", None)]),
 "corpus-law/un/treaty/ost-1967/1967-01-27-es/text.txt": ("es", [
    ("organisations", r"(?:Organización\s+de\s+las\s+)?Naciones\s+Unidas", "un", None),
    ("states", P("Estados Unidos de América"), "USA", None), ("states", P("Reino Unido de Gran Bretaña e Irlanda del Norte"), "GBR", None),
    ("states", P("Unión de Repúblicas Socialistas Soviéticas"), "SUN", None),
    ("dates", P("13 de diciembre de 1963"), "1963-12-13", None), ("dates", P("17 de octubre de 1963"), "1963-10-17", None),
    ("dates", P("3 de noviembre de 1947"), "1947-11-03", None),
    ("dates", P("veintisiete de enero de mil novecientos sesenta y siete"), "1967-01-27", None)]),
 "corpus-law/un/treaty/ost-1967/1967-01-27-ru/text.txt": ("ru", [
    ("organisations", r"Организаци\w*\s+Объединенных\s+Наций", "un", None),
    ("states", P("Соединенных Штатов Америки"), "USA", None), ("states", P("Соединенного Королевства Великобритании и Северной Ирландии"), "GBR", None),
    ("states", P("Союза Советских Социалистических Республик"), "SUN", None),
    ("dates", P("13 декабря 1963 года"), "1963-12-13", None), ("dates", P("17 октября 1963 года"), "1963-10-17", None),
    ("dates", P("3 ноября 1947 года"), "1947-11-03", None),
    ("dates", P("января месяца двадцать седьмого дня тысяча девятьсот шестьдесят седьмого года"), "1967-01-27", None)]),
 "corpus-law/un/treaty/ost-1967/1967-01-27-zh/text.txt": ("zh", [
    ("organisations", "联合国", "un", None),
    ("states", "美利坚合众国", "USA", None), ("states", r"大不列颠及北爱尔兰\s*联合王国", "GBR", None),
    ("states", "苏维埃社会主义共和国联盟", "SUN", None),
    ("dates", "1963年12月13日", "1963-12-13", None), ("dates", "1963年10月17日", "1963-10-17", None),
    ("dates", "1947年11月3日", "1947-11-03", None), ("dates", "1967年1月27日", "1967-01-27", None)]),
}

# English law texts, dates only: every date with a year at the precision written, the treaties' closing dates
# written in words included; "9-21 August 1982" is two dates (the first bound is the lone day). Resolution numbers
# ("1962 (XVIII)", "31/8", "32/196 A") are not dates. Read from the texts: un/ga/res-47-68 has no date.
def D(text, value):
    return ("dates", P(text), value, None)

DOCS_EN = {
 "corpus-law/un/treaty/ost-1967/1967-01-27/text.txt": ("en", [
    D("13 December 1963", "1963-12-13"), D("17 October 1963", "1963-10-17"), D("3 November 1947", "1947-11-03"),
    D("twenty-seventh day of January, one thousand nine hundred and sixty-seven", "1967-01-27")]),
 "corpus-law/un/treaty/rescue-1968/1968-04-22/text.txt": ("en", [
    D("twenty-second day of April, one thousand nine hundred and sixty-eight", "1968-04-22")]),
 "corpus-law/un/treaty/liability-1972/1972-03-29/text.txt": ("en", [
    D("twenty-ninth day of March, one thousand nine hundred and seventy-two", "1972-03-29")]),
 "corpus-law/un/treaty/registration-1975/1975-01-14/text.txt": ("en", [
    D("27 January 1967", "1967-01-27"), D("22 April 1968", "1968-04-22"), D("29 March 1972", "1972-03-29"),
    D("fourteenth day of January, one thousand nine hundred and seventy-five", "1975-01-14")]),
 "corpus-law/un/treaty/moon-1979/1979-12-18/text.txt": ("en", [
    D("24 October 1970", "1970-10-24"), D("18 December 1979", "1979-12-18")]),
 "corpus-law/un/ga/res-1962-XVIII/1963-12-13/text.txt": ("en", [
    D("3 November 1947", "1947-11-03"), D("20 December 1961", "1961-12-20"), D("14 December 1962", "1962-12-14")]),
 "corpus-law/un/ga/res-37-92/1982-12-10/text.txt": ("en", [
    D("9 November 1972", "1972-11-09"), D("18 December 1973", "1973-12-18"), D("12 November 1974", "1974-11-12"),
    D("18 November 1975", "1975-11-18"), D("8 November 1976", "1976-11-08"), D("20 December 1977", "1977-12-20"),
    D("10 November 1978", "1978-11-10"), D("5 December 1979", "1979-12-05"), D("3 November 1980", "1980-11-03"),
    D("18 November 1981", "1981-11-18"), D("27 January 1967", "1967-01-27")]),
 "corpus-law/un/ga/res-41-65/1986-12-03/text.txt": ("en", [
    D("12 November 1974", "1974-11-12"), D("18 November 1975", "1975-11-18"), D("8 November 1976", "1976-11-08"),
    D("20 December 1977", "1977-12-20"), D("10 November 1978", "1978-11-10"), D("5 December 1979", "1979-12-05"),
    D("3 November 1980", "1980-11-03"), D("18 November 1981", "1981-11-18"), D("10 December 1982", "1982-12-10"),
    D("15 December 1983", "1983-12-15"), D("14 December 1984", "1984-12-14"), D("16 December 1985", "1985-12-16")]),
 "corpus-law/un/ga/res-47-68/1992-12-14/text.txt": ("en", []),
 "corpus-law/un/ga/res-51-122/1996-12-13/text.txt": ("en", [
    ("dates", r"\b9(?=-21 August 1982)", "1982-08-09", None), D("21 August 1982", "1982-08-21")]),
}

def precision(value):
    return {10: "day", 7: "month", 4: "year"}[len(value)]

def main(docs_by_file, prefix, kinds):
    parts = {"dev": [], "test": []}
    show = "--show" in sys.argv
    for file, (lang, entries) in docs_by_file.items():
        raw = open(f"{SHARED}/{file}", "rb").read()
        text = raw.decode("utf-8")
        assert all(ord(c) < 0x10000 for c in text), file + ": astral characters, offsets would differ in Java"
        gold = {"states": [], "organisations": [], "dates": [], "amounts": []}
        for kind, rx, val, which in entries:
            ms = list(re.finditer(rx, text))
            assert ms, f"{file}: {rx} not found"
            for i, m in enumerate(ms):
                if which is not None and i not in which: continue
                item = {"start": m.start(), "end": m.end()}
                if kind in ("states", "organisations"): item["id"] = val
                elif kind == "dates": item["value"] = val; item["precision"] = precision(val)
                else: v, cur = val.split(); item["value"] = v; item["currency"] = cur
                gold[kind].append(item)
                if show: print(lang, kind, val, repr(text[max(0, m.start() - 30):m.start()]), "[[", m.group(0), "]]")
        for k in gold:  # no span annotated twice
            spans = sorted((g["start"], g["end"]) for g in gold[k])
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"{file}: overlapping {k}"
        regions = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]
        corpus_id = file.removeprefix("corpus-law/").removesuffix("/text.txt")
        for part in parts:
            keep = [(i, r) for i, r in enumerate(regions)
                    if ("test" if int(hashlib.sha256(f"{corpus_id}#p{i}".encode()).hexdigest(), 16) % 2 else "dev") == part]
            inside = lambda g: any(s <= g["start"] and g["end"] <= e for _, (s, e) in keep)
            parts[part].append({"file": file, "lang": lang, "sha256": hashlib.sha256(raw).hexdigest(),
                                "regions": [{"id": f"{corpus_id}#p{i}", "start": s, "end": e} for i, (s, e) in keep],
                                **{k: [g for g in gold[k] if inside(g)] for k in gold}})
    for part, docs in parts.items():
        extra = {} if kinds is None else {"kinds": kinds}
        body = json.dumps({"note": ("Hand annotation of the dates of the English UN treaties and General Assembly resolutions of ../shared/corpus-law: "
                           if kinds else "Hand annotation of the non-English law texts of ../shared/corpus-law: ") + "offsets (UTF-16 code units = "
                           "code points here) into the files, ids and values only; no text is stored. Guidelines in docs/evaluation.md; "
                           "written by tools/eval/law-annotations.py.", "part": part, "synthetic": False, **extra, "documents": docs},
                          ensure_ascii=False, indent=1) + "\n"
        open(f"{OUT}/{prefix}-{part}.json", "w", encoding="utf-8").write(body)
        if part == "test":
            open(f"{OUT}/{prefix}-test.json.sha256", "w").write(hashlib.sha256(body.encode()).hexdigest() + f"  {prefix}-test.json\n")
        counts = {}
        for d in docs:
            for k in ("states", "organisations", "dates", "amounts"):
                counts[(d["lang"], k)] = counts.get((d["lang"], k), 0) + len(d[k])
        print(prefix, part, counts)

main(DOCS, "law", None)
main(DOCS_EN, "law-en", ["dates"])
