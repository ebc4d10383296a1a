"""A reproducible synthetic corpus of Chinese news articles about executive moves, with ground truth.

    python -m tests.perf.synth OUT_DIR --articles 2000 --seed 0

Each article has front matter (title, date, author), commentary paragraphs and move sentences of
the kinds real reports use: a title written next to a name, lists with titles, bare lists of
names, relative dates (去年12月, 今年1月, 本月, 上月, 近日, 三个月前), joins (加盟/加入), pending
moves (即将离职), sidelining (转任顾问), poaching attempts (曾尝试挖角) and denials (no event).
About 15% of the articles are in traditional characters. The companies are the gazetteer's plus
invented ones ("星澜科技", "玄鲸智能"); the people are invented from data/surnames.txt and common
given-name characters: tens of thousands of distinct names, none of them a real person on purpose.

OUT_DIR/truth.jsonl holds one line per expected event (what a perfect reader of each article
would record). Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from tests.perf.synth_forms import KINDS, Forms

REPO = Path(__file__).resolve().parents[2]
FORMS_SHARE = 0.2  # of move sentences written in one of the forms of synth_forms
DATA = REPO / "data"
GENERATOR_VERSION = 3  # bump when the output changes, so cached corpora are rebuilt

# Common given-name characters, none of which is a function word or a verb that the extractor
# treats as ending a name (checked in tests/test_perf_tools.py), all round-tripping s2t/t2s.
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平桂英华玉萍红鹏飞宇浩思远博文彬晨阳凯俊帆瑞泽轩睿琪晓宁墨欣"
    "嘉怡佳颖梓涵诺昊辰逸皓哲煜熙铭峰岩柏林森楠桐蕾薇婷婧雯璐瑶琳珊玲莉倩婉雅慧聪毅卫斌斐航炜阔滕冠川琦"
    "骁雷霆锋琛璇翔鑫蓉岚菁婕妍彦钧钊锐淼沛澜汐灏潇湛澄晗昕旻曦晟昱暄炅烨焕熠珂珺琰瑾璟璞竣筠翊舒芮苒茜"
    "莹萱蔚韬颢骞鹤麟"
)
# Two-character stems of invented companies: "星澜" + "科技".
STEM_A = "星辰澜玄青赤云深灵极天启元衡量海蓝鲸昆曜锦翼光矩阵源数象弈思若银紫"
STEM_B = "澜鲸舟犀途矩衡渊曜帆岳羽穹川野屿澄岚杉枢图弦律语维"
COMPANY_SUFFIXES = ("科技", "智能")

ROLE_HEADS = [
    "副总裁", "联合创始人", "首席技术官", "首席运营官", "首席战略官", "首席科学家", "技术总监", "产品负责人",
    "商业化负责人", "算法负责人", "合伙人", "研究院院长", "高级副总裁", "首席产品官", "总裁", "CTO", "COO",
    "首席财务官", "技术专家", "产品总监",
]
ROLE_PREFIXES = ["大模型", "技术", "产品", "商业化", "海外业务", "模型研发", "多模态", "C端产品", "金融事业群", "基础模型"]
PREFIXABLE = ("负责人", "总监", "副总裁", "专家")
NEW_ROLES = ["首席技术官", "副总裁", "首席科学家", "产品负责人", "技术总监", "合伙人", "首席运营官"]
AUTHORS = ["合成通讯社", "智能观察", "科技前哨", "大模型研究所", "AI人才周刊", "硅基评论"]
CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

FILLER = [
    "业内人士认为，大模型行业正在从参数竞赛转向商业落地，公司对人才结构的要求也随之变化。",
    "过去一年，多家创业公司完成新一轮融资，但资本对估值的态度明显趋于审慎。",
    "据了解，{c}近期调整了组织架构，把更多资源投向基础模型研发。",
    "分析师指出，头部公司之间的竞争已经从技术指标延伸到生态和应用层面。",
    "与此前的高歌猛进相比，今年的市场更看重收入和留存等商业指标。",
    "对于上述消息，{c}方面未予置评。",
    "一位接近{c}的人士表示，公司的核心业务目前运转正常。",
    "从公开信息看，{c}今年以来发布了三款新产品，其中两款面向企业客户。",
    "在算力成本居高不下的背景下，模型厂商普遍开始压缩训练预算。",
    "有投资人坦言，如今看项目最先问的是收入，其次才是模型能力。",
    "行业的人才流动本是常态，但核心团队的频繁变动仍会影响外界对公司的判断。",
    "值得注意的是，开源模型的快速追赶正在改变闭源厂商的定价逻辑。",
    "{c}在2024年的营收同比增长超过一倍，但仍处于亏损状态。",
    "不少从业者把这一轮调整称为大模型行业的“去泡沫化”。",
    "多位受访者提到，应用层的机会正在向垂直场景集中，例如医疗、金融和教育。",
    "据第三方机构统计，国内已经备案的大模型产品超过一百款。",
    "一家头部基金的合伙人说，明年或许会出现更多的并购整合。",
    "面对来自互联网大厂的竞争，创业公司的窗口期正在收窄。",
    "从招聘网站的数据看，算法工程师的薪资涨幅已经明显放缓。",
    "{c}的一位员工告诉记者，团队的节奏比去年更快，目标也更明确。",
    "业内普遍预期，多模态和智能体将是下一阶段竞争的焦点。",
    "行业的离职潮还没有结束，但影响正在被市场逐步消化。",
    "一些公司开始把商业化团队拆分为行业事业部，以便贴近客户。",
    "在资本市场上，与大模型相关的概念股近期波动明显加大。",
    "有观点认为，技术路线的分歧是不少团队内部矛盾的根源。",
    "{c}和{c2}都在上半年推出了面向开发者的新平台。",
    "对于创业公司而言，如何在巨头的阴影下找到差异化定位，仍是最现实的问题。",
    "记者注意到，{c}官网的管理团队页面近期做过一次更新。",
    "在海外市场，这类产品的付费意愿明显高于国内。",
    "多位分析人士表示，未来一到两年，行业格局仍存在较大变数。",
]
HEADINGS = ["### 人事变动背后", "### 商业化压力", "### 人才去向", "### 行业格局", "### 战略调整", "### 资本态度"]
TITLES = [
    "{c}人事震荡：又一位高管离开",
    "大模型公司人事观察（第{i}期）",
    "{c}的人才困局",
    "从{c}到{c2}：AI高管流动图谱",
    "高管频繁变动，{c}怎么了？",
    "AI创业公司的人才迁徙",
]


@dataclass(frozen=True, slots=True)
class Expected:
    """One event a perfect reader of ``doc`` would record."""

    doc: str  # file name inside the corpus folder
    person: str  # simplified characters
    company: str  # canonical name
    event: str
    month: str | None
    month_precision: str | None
    role: str | None
    destination: str | None
    kind: str  # which sentence kind stated it
    traditional: bool


# -- reference data -------------------------------------------------------------------------------
def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    return tuple(_lines("surnames.txt"))


@lru_cache(maxsize=1)
def gazetteer() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical, Chinese aliases of at least two characters) for every gazetteer company."""
    out = []
    for line in _lines("companies.tsv"):
        name, _, aliases = line.partition("\t")
        han = tuple(a for a in aliases.split("|") if a and len(a) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in a))
        out.append((name.strip(), han))
    return tuple(out)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(_lines("not_names.txt"))


@lru_cache(maxsize=2)
def _cc(config: str):
    import opencc

    return opencc.OpenCC(config)


def month_of(d: date, delta: int = 0) -> str:
    idx = d.year * 12 + d.month - 1 + delta
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


# -- the generator ---------------------------------------------------------------------------------
class Corpus:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        invented = sorted({a + b + s for a in STEM_A for b in STEM_B for s in COMPANY_SUFFIXES if a != b})
        self.invented = self.rng.sample(invented, 400)
        self.known = [name for name, _ in gazetteer()]
        self.aliases = dict(gazetteer())
        self.used: set[str] = set()
        self.history: list[tuple[str, str, str | None]] = []  # (person, company, role) already reported
        self.surnames = surnames()
        self.compound = [s for s in self.surnames if len(s) == 2]
        self.single = [s for s in self.surnames if len(s) == 1]
        self._deck: list[int] = []
        self.forms = Forms(self.rng)

    # -- vocabulary ---------------------------------------------------------------------------
    def person(self) -> str:
        rng = self.rng
        for _ in range(1000):
            surname = rng.choice(self.compound) if rng.random() < 0.02 else rng.choice(self.single)
            given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.25 else 2))
            name = surname + given
            if name in self.used or name in _not_names():
                continue
            self.used.add(name)
            return name
        raise RuntimeError("ran out of names")

    def company(self) -> str:
        # the gazetteer's companies are reported far more often than any one invented company
        return self.rng.choice(self.known) if self.rng.random() < 0.55 else self.rng.choice(self.invented)

    def written(self, company: str) -> str:
        """How the article writes the company: mostly its canonical name, sometimes an alias."""
        aliases = self.aliases.get(company, ())
        if aliases and self.rng.random() < 0.12:
            return self.rng.choice(aliases)
        return company

    def role(self) -> str:
        rng = self.rng
        head = rng.choice(ROLE_HEADS)
        if head.endswith(PREFIXABLE) and rng.random() < 0.5:
            return rng.choice(ROLE_PREFIXES) + head
        return head

    def month_words(self, published: date) -> tuple[str, str, str]:
        """A relative or report-time expression: (words, month, precision)."""
        rng = self.rng
        kind = rng.randrange(7)
        if kind == 0:
            m = rng.randint(1, published.month)
            return f"今年{self.cn_month(m)}月", f"{published.year:04d}-{m:02d}", "relative"
        if kind == 1:
            m = rng.randint(1, 12)
            return f"去年{self.cn_month(m)}月", f"{published.year - 1:04d}-{m:02d}", "relative"
        if kind == 2:
            return "本月", month_of(published), "relative"
        if kind == 3:
            return rng.choice(["上月", "上个月"]), month_of(published, -1), "relative"
        if kind == 4:
            n = rng.randint(2, 6)
            words = f"{rng.choice([str(n), CN_NUM[n] if n != 2 else '两'])}个月前"
            return words, month_of(published, -n), "relative"
        if kind == 5:
            return rng.choice(["近日", "近期", "日前"]), month_of(published), "report"
        m = month_of(published, -rng.randint(1, 8))
        return f"{int(m[:4])}年{self.cn_month(int(m[5:]))}月", m, "stated"

    def cn_month(self, m: int) -> str:
        return CN_NUM[m] if self.rng.random() < 0.15 else str(m)

    # -- sentences ----------------------------------------------------------------------------
    def move(self, published: date, taken: set[str]) -> tuple[str, list[dict]]:
        """One move sentence and what it states (dicts of Expected fields without doc/traditional)."""
        rng = self.rng

        def fresh() -> str:
            p = self.person()
            taken.add(p)
            return p

        def ev(person, company, event, month, precision, role, destination, kind) -> dict:
            if event in ("departed", "pending"):
                self.history.append((person, company, role))
            return dict(person=person, company=company, event=event, month=month, month_precision=precision if month else None,
                        role=role, destination=destination, kind=kind)

        r = rng.random()
        c = self.company()
        again = None
        if self.history and (r < 0.16 or 0.55 <= r < 0.67) and rng.random() < 0.1:
            # another report of a move already reported elsewhere: same person, same company
            again = rng.choice(self.history)
            if again[0] in taken:
                again = None
            else:
                taken.add(again[0])
                c = again[1]
        cw = self.written(c)

        def subject() -> tuple[str, str]:
            return (again[0], again[2] or self.role()) if again else (fresh(), self.role())

        if again is None and rng.random() < FORMS_SHARE:  # the forms of real pages (tests/perf/synth_forms.py)
            o = self.company()
            while o == c:
                o = self.company()
            x = self.company()
            while x in (c, o):
                x = self.company()
            self.forms.rival = (self.written(x), x)
            return self.forms.sentence(rng.randrange(KINDS), cw, c, self.written(o), o, self.role(), fresh, ev)
        if r < 0.16:  # a title next to a name, with the month written out
            p, role = subject()
            words, month, prec = self.month_words(published)
            if prec == "stated":
                s = rng.choice([f"据悉，{cw}{role}{p}已于{words}正式离职", f"另据了解，{cw}{role}{p}已在{words}离职"])
            else:
                s = rng.choice([f"{words}，{cw}被曝{role}{p}已经离职", f"{words}，{cw}{role}{p}离职"])
            return s + "。", [ev(p, c, "departed", month, prec, role, None, "title_name")]
        if r < 0.30:  # coordinated list with titles
            a, b = fresh(), fresh()
            ra, rb = self.role(), self.role()
            words, month, prec = self.month_words(published)
            s = f"以{cw}为例，{ra}{a}、{rb}{b}于{words}离职"
            out = [ev(a, c, "departed", month, prec, ra, None, "coordinated"), ev(b, c, "departed", month, prec, rb, None, "coordinated")]
            if rng.random() < 0.5:
                d, rd = fresh(), self.role()
                s += f"，{rd}{d}也于本月离职"
                out.append(ev(d, c, "departed", month_of(published), "relative", rd, None, "coordinated"))
            return s + "。", out
        if r < 0.40:  # a bare list of names
            names = [fresh() for _ in range(rng.randint(3, 5))]
            s = rng.choice([
                f"{cw}在过去半年也有{'、'.join(names)}等多位高管相继离职。",
                f"据不完全统计，{cw}已有{'、'.join(names)}等多位核心成员先后离职。",
            ])
            return s, [ev(p, c, "departed", None, None, None, None, "bare_list") for p in names]
        if r < 0.55:  # leaves and joins another company
            p, role = fresh(), self.role()
            o = self.company()
            while o == c:
                o = self.company()
            words, month, prec = self.month_words(published)
            verb = rng.choice(["加盟", "加入"])
            if rng.random() < 0.6:
                s = f"{words}，{cw}{role}{p}已经离职，{verb}{self.written(o)}"
                return s + "。", [ev(p, c, "departed", month, prec, role, o, "join"), ev(p, o, "joined", month, prec, None, None, "join")]
            new_role = rng.choice(NEW_ROLES)
            s = f"{words}，前{cw}{role}{p}{verb}{self.written(o)}，出任{new_role}"
            return s + "。", [ev(p, o, "joined", month, prec, new_role, None, "join")]
        if r < 0.67:  # reported as leaving
            p, role = subject()
            if rng.random() < 0.7:
                s = rng.choice([
                    f"有知情人士透露，{cw}{role}{p}即将离职，目前正在走内部流程",
                    f"另有消息称，{cw}{role}{p}即将离职，公司尚未对外确认",
                ])
                # reported as leaving with no date: as of the report's month
                return s + "。", [ev(p, c, "pending", month_of(published), "report", role, None, "pending")]
            s = f"{cw}内部人士证实，{role}{p}将于下月离职"
            return s + "。", [ev(p, c, "pending", month_of(published, 1), "relative", role, None, "pending")]
        if r < 0.78:  # sidelined
            p, role = fresh(), self.role()
            if rng.random() < 0.6:
                n = rng.randint(2, 6)
                s = f"{n}个月前，{cw}{role}{p}转任公司顾问"
                return s + "。", [ev(p, c, "sidelined", month_of(published, -n), "relative", "顾问", None, "sidelined")]
            words, month, prec = self.month_words(published)
            s = f"{words}，{cw}{role}{p}卸任现有职务，转任战略顾问"
            return s + "。", [ev(p, c, "sidelined", month, prec, "战略顾问", None, "sidelined")]
        if r < 0.90:  # a poaching attempt
            p, role = fresh(), self.role()
            o = self.company()
            while o == c:
                o = self.company()
            if rng.random() < 0.5:
                s = f"去年底，{self.written(o)}曾尝试挖角{cw}{role}{p}，但未能成功"
                month, prec = f"{published.year - 1:04d}-12", "relative"
            else:
                words, month, prec = self.month_words(published)
                s = f"{words}，{self.written(o)}曾尝试挖角{cw}{role}{p}，开出的条件相当优厚"
            return s + "。", [ev(p, c, "poach_attempt", month, prec, role, o, "poach")]
        # a denial: reads like a move, states none
        p, role = self.person(), self.role()
        s = rng.choice([
            f"对于{role}{p}离职的传闻，{cw}方面予以否认，称其仍在职",
            f"{cw}方面否认了{role}{p}即将离职的消息",
        ])
        return s + "。", []

    def filler(self) -> str:
        # deal the commentary like cards, so a paragraph does not say the same thing twice
        if not self._deck:
            self._deck = self.rng.sample(range(len(FILLER)), len(FILLER))
        s = FILLER[self._deck.pop()]
        if "{c" in s:
            c = self.company()
            c2 = self.company()
            s = s.replace("{c2}", c2 if c2 != c else self.rng.choice(self.known)).replace("{c}", c)
        return s

    def article(self, i: int, doc: str) -> tuple[str, list[Expected]]:
        rng = self.rng
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(1095))
        taken: set[str] = set()
        moves: list[tuple[str, list[dict]]] = []
        seen: set[tuple[str, str]] = set()
        for _ in range(rng.randint(3, 8)):
            sentence, events = self.move(published, taken)
            # one article states one (person, company) once
            if any((e["person"], e["company"]) in seen for e in events):
                continue
            seen.update((e["person"], e["company"]) for e in events)
            moves.append((sentence, events))
        paragraphs = [self.filler() + self.filler()]
        for k, (sentence, _) in enumerate(moves):
            if k and k % 3 == 0:
                paragraphs.append(rng.choice(HEADINGS))
            lead = "".join(self.filler() for _ in range(rng.randint(0, 2)))
            tail = "".join(self.filler() for _ in range(rng.randint(1, 2)))
            paragraphs.append(lead + sentence + tail)
            for _ in range(rng.randint(1, 3)):
                paragraphs.append("".join(self.filler() for _ in range(rng.randint(2, 4))))
            if rng.random() < 0.15:
                paragraphs.append(self.forms.noise())  # portal chrome between the moves
        c = moves[0][1][0]["company"] if moves and moves[0][1] else self.company()
        c2 = self.company()
        title = rng.choice(TITLES).format(c=c, c2=c2, i=i + 1)
        author = rng.choice(AUTHORS)
        body = "\n\n".join(paragraphs)
        text = f"---\ntitle: '{title}'\ndate: {published.isoformat()}\nauthor: {author}\n---\n\n{body}\n"
        traditional = False
        if rng.random() < 0.15:
            converted = _cc("s2t").convert(text)
            # keep the ground truth exact: only when converting back gives the same text
            if _cc("t2s").convert(converted) == text and len(converted) == len(text):
                text, traditional = converted, True
        truths = [Expected(doc=doc, traditional=traditional, **e) for _, events in moves for e in events]
        return text, truths


def generate(out_dir: str | Path, n_articles: int, seed: int = 0) -> list[Expected]:
    """Write ``n_articles`` articles and truth.jsonl into ``out_dir``; return the expected events."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    truths: list[Expected] = []
    for i in range(n_articles):
        doc = f"synth_{seed}_{i:06d}{'.md' if i % 2 == 0 else '.txt'}"
        text, found = corpus.article(i, doc)
        (out / doc).write_bytes(text.encode("utf-8"))
        truths.extend(found)
    # .jsonl is not an article suffix: ingesting the folder skips it
    with open(out / "truth.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for t in truths:
            fh.write(json.dumps(asdict(t), ensure_ascii=False, sort_keys=True) + "\n")
    return truths


def found_events(db: str | Path) -> list[dict]:
    """What an ingest into ``db`` recorded, per article file: the claims with file names."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            """
            SELECT a.path, p.name, co.name, c.event, c.month, c.role, c.destination
            FROM claims c JOIN articles a USING (article_id) JOIN people p USING (person_id) JOIN companies co USING (company_id)
            """
        ).fetchall()
    finally:
        con.close()
    keys = ("doc", "person", "company", "event", "month", "role", "destination")
    return [dict(zip(keys, (Path(r[0]).name, *r[1:]))) for r in rows]


def score(truths: list[Expected], found: list[dict]) -> dict:
    """Recall (overall, per sentence kind, traditional vs simplified), month accuracy and precision,
    matching on (article, person, company, event)."""
    got = {(f["doc"], f["person"], f["company"], f["event"]): f for f in found}
    docs = {t.doc for t in truths}
    want = {(t.doc, t.person, t.company, t.event): t for t in truths}
    hits = [t for k, t in want.items() if k in got]
    by: dict[str, list[int]] = {}
    for k, t in want.items():
        for group in (f"kind:{t.kind}", f"event:{t.event}", "script:traditional" if t.traditional else "script:simplified"):
            n = by.setdefault(group, [0, 0])
            n[0] += k in got
            n[1] += 1
    months_right = sum(1 for t in hits if got[(t.doc, t.person, t.company, t.event)]["month"] == t.month)
    extra = [k for k in got if k[0] in docs and k not in want]
    return {
        "expected": len(want),
        "found": sum(1 for k in got if k[0] in docs),
        "recall": round(len(hits) / max(1, len(want)), 3),
        "precision": round(len(hits) / max(1, len(hits) + len(extra)), 3),
        "month_accuracy": round(months_right / max(1, len(hits)), 3),
        "by": {g: {"recall": round(a / b, 3), "n": b} for g, (a, b) in sorted(by.items())},
        "missed_examples": [asdict(t) for k, t in list(want.items()) if k not in got][:10],
        "extra_examples": [dict(zip(("doc", "person", "company", "event"), k)) for k in extra[:10]],
    }


def load_truth(out_dir: str | Path) -> list[Expected]:
    with open(Path(out_dir) / "truth.jsonl", encoding="utf-8") as fh:
        return [Expected(**json.loads(line)) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    truths = generate(args.out_dir, args.articles, args.seed)
    people = len({t.person for t in truths})
    companies = len({t.company for t in truths})
    print(f"{args.articles} articles, {len(truths)} expected events, {people} people, {companies} companies -> {args.out_dir}")


if __name__ == "__main__":
    main()
