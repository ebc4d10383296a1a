"""More sentence kinds for the synthetic corpus, in the forms real pages write moves: foreign
people (Latin names, dotted transliterations with the Latin name in brackets, lists joined by 、 /
和 / 以及), a name right before an adverb and the move, A从B挖走C, a refuted join, and page noise
between moves. Each kind returns its sentence and exactly what it states."""

from __future__ import annotations

import random
from collections.abc import Callable

# Latin names built from syllables, each with the characters Chinese news writes it with: enough
# distinct people for the largest corpus, and a transliteration for every one of them
SYLLABLES = (
    ("Ka", "卡"), ("Lo", "洛"), ("Mi", "米"), ("Ren", "伦"), ("Sa", "萨"), ("To", "托"), ("Vi", "维"), ("Da", "达"),
    ("No", "诺"), ("Ra", "拉"), ("Be", "贝"), ("Fi", "菲"), ("Ga", "加"), ("Ha", "哈"), ("Jo", "乔"), ("Ma", "马"),
    ("Pe", "佩"), ("Si", "西"), ("Ta", "塔"), ("Wil", "威尔"), ("Yo", "约"), ("Ze", "泽"), ("Li", "利"), ("Mo", "莫"),
)


def _word(rng: random.Random, n: int) -> tuple[str, str]:
    parts = [rng.choice(SYLLABLES) for _ in range(n)]
    latin = "".join(p[0] for p in parts)
    return latin[0] + latin[1:].lower(), "".join(p[1] for p in parts)


ADVERBS = ("毅然", "已经", "正式", "悄然", "也已")
NOISE = (
    "首页 > 科技 > 正文",
    "责任编辑：王编辑",
    "免责声明：本文仅代表作者个人观点，不构成任何投资建议。",
    "分享至 微信 微博 QQ空间",
    "热门推荐 | 相关阅读 | 返回顶部",
)

Event = dict
Ev = Callable[..., Event]


class Forms:
    """Draws foreign people and writes the extra kinds; ``ev`` builds one expected event."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.han: dict[str, str] = {}  # the transliteration of each Latin name drawn
        self.rival: tuple[str, str] = ("", "")  # a third company (as written, canonical) for the sentence at hand

    def foreigner(self) -> str:
        for _ in range(1000):
            (first, han_first), (last, han_last) = _word(self.rng, 2), _word(self.rng, self.rng.choice((2, 3)))
            name = f"{first} {last}"
            if name not in self.used:
                self.used.add(name)
                self.han[name] = f"{han_first}·{han_last}"
                return name
        raise RuntimeError("ran out of foreign names")

    def dotted(self, latin: str) -> str:
        return self.han[latin]

    def sentence(self, kind: int, cw: str, c: str, ow: str, o: str, role: str, fresh: Callable[[], str], ev: Ev) -> tuple[str, list[Event]]:
        rng = self.rng
        if kind == 0:  # a Latin name after a title, leaving for another company
            p = self.foreigner()
            s = f"{cw}{role} {p} 已正式离职并加入 {ow}"
            return s + "。", [ev(p, c, "departed", None, None, role, o, "foreign"), ev(p, o, "joined", None, None, None, None, "foreign")]
        if kind == 1:  # a transliteration with the Latin name in brackets, then the surname alone
            p = self.foreigner()
            han = self.dotted(p)
            short = han.split("·")[1]
            s = f"{cw}{role}{han}（{p}）宣布离职。{short}在社交平台发文称，感谢团队多年来的支持"
            return s + "。", [ev(p, c, "departed", None, None, role, None, "foreign")]
        if kind == 2:  # Latin names in a list joined by 、 / 和 / 以及
            names = [self.foreigner() for _ in range(rng.randint(2, 3))]
            joined = f"{names[0]}、{names[1]}" if len(names) == 2 else f"{names[0]}、{names[1]} 以及 {names[2]}"
            s = f"{ow}宣布欢迎 {joined} 加盟{ow}"
            return s + "。", [ev(p, o, "joined", None, None, None, None, "foreign_list") for p in names]
        if kind == 3:  # a name right before an adverb and the move
            p = fresh()
            s = f"据悉，{cw}{role}{p}{rng.choice(ADVERBS)}辞去全部职务"
            return s + "。", [ev(p, c, "departed", None, None, role, None, "bare_verb")]
        if kind == 4:  # A从B挖走C
            p, q = fresh(), fresh()
            s = f"{ow}从{cw}挖走了{p}和{q}"
            return s + "。", [
                ev(p, c, "departed", None, None, None, o, "taken_away"),
                ev(q, c, "departed", None, None, None, o, "taken_away"),
                ev(p, o, "joined", None, None, None, None, "taken_away"),
                ev(q, o, "joined", None, None, None, None, "taken_away"),
            ]
        if kind == 6:  # a hire told from the hiring company's side
            p = fresh()
            verb = rng.choice(("挖来了", "招募了", "聘请了"))
            s = f"{ow}近日{verb}{cw}{role}{p}"
            return s + "。", [ev(p, o, "joined", None, None, None, None, "hired"), ev(p, c, "departed", None, None, role, o, "hired")]
        if kind == 7:  # a poach that happened, in the passive
            p = fresh()
            s = f"{cw}{role}{p}被{ow}正式挖角"
            return s + "。", [ev(p, c, "departed", None, None, role, o, "poached"), ev(p, o, "joined", None, None, None, None, "poached")]
        if kind == 8:  # two people who went respectively to two companies
            p, q = fresh(), fresh()
            other = self.rival
            s = f"{cw}的{p}、{q}则分别加入{ow}和{other[0]}"
            return s + "。", [
                ev(p, o, "joined", None, None, None, None, "respectively"),
                ev(q, other[1], "joined", None, None, None, None, "respectively"),
            ]
        # a refuted join: reads like a move, states none
        p = fresh()
        s = f"有传言称{role}{p}将加入{ow}。对此，{ow}回应称，{p}并未入职{ow}"
        return s + "。", []

    def noise(self) -> str:
        return self.rng.choice(NOISE)


KINDS = 9
