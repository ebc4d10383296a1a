"""Finding people: names next to titles, in lists, and before a move; the title written with them.

Names are recognised from their shape and their surroundings (a surname from data/surnames.txt,
one or two given-name characters, a title just before, a list separator or a verb just after),
never from a list of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.extract.gazetteer import Gazetteer

# Characters that do not start a given name (function words that follow a surname-like character).
_NOT_FIRST = frozenset("的了在是于等和与及也已被将为从向对就都又还把让给说称、曾则并而或其这那该此个位名年月日他她它我你您")
# Function words never end a given name: after a one-character given name they end it
# (张阔、 曲滕于 张帆也 焦可已经 段楠的).
_NOT_SECOND = _NOT_FIRST | frozenset("即均亦再便却所以因但虽如若更最很兼表透称说分两二三四五六七八九十多")
# Verb-like characters that usually follow a name but also end many given names (王晓刚, 李成):
# taken as part of the name only when a name-follower comes right after them.
_SOFT_SECOND = frozenset("离加出担任辞卸转改调挖入回到去接刚早近先后今本主正目旗下上指坦认介宣证确否谈带领负管做创成作")
_FOLLOWER = re.compile(r"[、，,。；;：:（(“\"\s]|[的了在是于等和与及也已被将为从向对就都又还曾则并而或即均亦再]|离职|离开|加入|加盟|出任|转任|改任|卸任|辞")
# Words after which a title written before a name begins (前 marks a former title).
_ROLE_CUT = re.compile(
    r"的|前(?![端台沿])|其|被曝|曝|有|是|为|由|以及|及|和|(?<=[a-z])\s*与|包括|例如|据|称|原|现任|新任|时任|——|—|兼任|出任|担任|挖角|挖来|挖走|罢免|招募|聘请|延揽|加入|加盟|离开|调离|离职|旗下|则|也|在|了|宣布"
)
_ROLE_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-·、 .]+$")
_GLUED = re.compile(r"[\-.0-9A-Za-z]")


@dataclass(slots=True)
class Mention:
    name: str
    start: int
    end: int
    role: str | None = None
    role_start: int | None = None
    role_company: str | None = None  # the company written with the title ("MiniMax前产品负责人")
    former: bool = False  # the title is a former one ("前…负责人")
    strong: bool = False  # a title, a list or an earlier strong mention vouches for it
    list_head: int | None = None  # index of the first mention of the list it belongs to

    @property
    def left(self) -> int:
        return self.role_start if self.role_start is not None else self.start


def read_name(text: str, i: int, gz: Gazetteer, limit: int) -> int | None:
    """End of a Chinese name starting at ``i`` (surname + one or two given characters), or None."""
    if text[i : i + 2] in gz.compound_surnames:
        g = i + 2
    elif i < limit and text[i] in gz.surnames:
        g = i + 1
    else:
        return None
    if g >= limit or not "\u4e00" <= text[g] <= "\u9fff" or text[g] in _NOT_FIRST:
        return None
    if g + 1 < limit and "\u4e00" <= text[g + 1] <= "\u9fff" and text[g + 1] not in _NOT_SECOND:
        if text[g + 1] not in _SOFT_SECOND:
            return g + 2
        if g + 2 >= limit or _FOLLOWER.match(text, g + 2, limit):
            return g + 2
    return g + 1


# Inside a name bounded on both sides only function words are impossible (劉蘭個川 holds 个).
_NOT_INSIDE = frozenset("的了在是于等和与及也已被将为从向对就都又还把让给说称、曾则并而或其这那该此他她它我你您")
# What follows a name in a sentence about its move: punctuation, a particle, an adverb, a verb.
_AFTER_NAME = re.compile(
    r"[、，,。；;：:（(“”\"\s·]|[的了在是于等和与及也已被将为从向对就都又还曾则并而或即均亦再便却正仍更遭]|[两二三四五六七八九十]人|先后|相继|陆续|纷纷"
    r"|半年|[\d一二三四五六七八九十两几]+个?(?:月|年|天|周)[前后]"
    r"|一同|一起|共同|提前|不再|首次|再次|突然|悄然|主动|被迫|因|由于|曾经|决定|选择|确认|证实|回应|发文|发帖|目前|此前|此番|近日|近期|日前|毅然|宣布|表示|透露|指出|称|先生|女士|博士|教授|本人|离|辞|卸|加入|加盟|出任|担任|回归|转投|跳槽|可能|或将|疑似|据称|提交|提出|递交|获|遭|刚刚|一度|转身|转而|黯然|默默|悄悄|纷纷|才|确|宣告|早就|今天|今日|昨天|昨日|当天|最终|也是|就是"
)


def read_bounded_name(text: str, i: int, gz: Gazetteer, limit: int) -> int | None:
    """End of a Chinese name at ``i`` that the words after it delimit: the longest reading of two
    to four characters (a surname, compound or not, and a given name) that a particle, an adverb,
    a verb or punctuation follows. Where none does, ``read_name``'s shape-based reading."""
    base = read_name(text, i, gz, limit)
    if base is None:
        return _opening_with_a_function_word(text, i, gz, limit)
    if (lead := _AFTER_NAME.match(text, i + 1, limit)) is not None and lead.end() - lead.start() >= 2:
        return None  # 段转身离去, 车黯然离去: a word that follows names opens no given name
    for length in (4, 3, 2):
        end = i + length
        if end > limit or end < base - 1:
            continue
        # the cheapest test first: most readings are not followed by anything that ends a name
        if end < limit and not _AFTER_NAME.match(text, end, limit) and not gz.trigger_re.match(text, end, limit):
            continue
        given = text[i + 1 : end]
        if not all("\u4e00" <= c <= "\u9fff" and c not in _NOT_INSIDE for c in given):
            continue
        if gz.trigger_re.search(text, i + 1, end) or gz.role_re.search(text, i + 1, end):
            continue
        if any(_AFTER_NAME.match(text, j, end) or gz.trigger_re.match(text, j, limit) for j in range(i + 2, end)):
            continue  # 王磊博士离职, 罗衡不再担任: a shorter name already ends where a follower starts
        return end
    return base


# Function words that also open given names (沈向洋, 王为民): read only as the middle of a
# three-character name that a name-follower delimits.
_FUNCTION_WORD_GIVEN = frozenset("向为")


def _opening_with_a_function_word(text: str, i: int, gz: Gazetteer, limit: int) -> int | None:
    end = i + 3
    if end > limit or text[i] not in gz.surnames or text[i + 1] not in _FUNCTION_WORD_GIVEN:
        return None
    last = text[i + 2]
    if not "\u4e00" <= last <= "\u9fff" or last in _NOT_SECOND:
        return None
    if end < limit and not _AFTER_NAME.match(text, end, limit) and not gz.trigger_re.match(text, end, limit):
        return None
    if gz.trigger_re.search(text, i + 1, end) or gz.role_re.search(text, i + 1, end):
        return None
    return end


def role_before(
    text: str, name_start: int, floor: int, gz: Gazetteer, companies: list[tuple[int, int, str]]
) -> tuple[str | None, int | None, str | None, bool]:
    """(role, role_start, company written with it, former) for the title written right before a name."""
    # "CTO Barret Zoph", "主管的卡里诺夫斯基": spaces, and one 的, may stand between title and name
    while name_start > floor and text[name_start - 1] in " \u00a0":
        name_start -= 1
    if name_start > floor and text[name_start - 1] == "的":
        name_start -= 1
    window_start = max(floor, name_start - 40)
    m = _ROLE_CHARS.search(text, window_start, name_start)
    if not m:
        return None, None, None, False
    run_start = m.start()
    run = text[run_start:name_start]
    head_start = None
    for hm in gz.role_re.finditer(run):
        if hm.end() == len(run):
            head_start = hm.start()
            break
    if head_start is None:
        # the alternation may prefer a shorter head that does not end the run; try suffixes
        for k in range(1, min(len(run), 12) + 1):
            if gz.role_re.fullmatch(run, len(run) - k):
                head_start = len(run) - k
        if head_start is None:
            return None, None, None, False
    company, cut, former, company_start, company_end = None, 0, False, None, None
    for cs, ce, canon in companies:
        if run_start <= cs and ce - run_start <= head_start and ce <= name_start:
            company, cut, company_start, company_end = canon, ce - run_start, cs - run_start, ce - run_start
    if company_start is not None and run[:company_start].rstrip().endswith(("前", "原")):
        former = True  # 前今日头条产品负责人: the title and the company are both past
    if company_end is not None and run.startswith("系", company_end):
        # 华为系高管: one who came from the company, not one who works there
        company, former, cut = None, True, company_end + 1
    for bm in _ROLE_CUT.finditer(run, cut, head_start):
        cut = bm.end()
        former = former or bm.group() == "前"
    role_from = cut
    if company_start is not None and cut == company_end and _GLUED.match(run, cut):
        # a model or product name glued to the company belongs to the title ("DeepSeek-V2核心开发者")
        role_from = company_start
    role = run[role_from:]
    lead = len(role) - len(role.lstrip(" 、·"))
    role = role.strip(" 、·")
    if "、" in role:
        parts = role.split("、")
        if not all(_ends_with_head(p, gz) for p in parts):
            lead += len(role) - len(parts[-1])
            role = parts[-1]
    if not role or not _ends_with_head(role, gz):
        return None, None, company, former
    return role, run_start + role_from + lead, company, former


def _ends_with_head(part: str, gz: Gazetteer) -> bool:
    return any(hm.end() == len(part) for hm in gz.role_re.finditer(part)) or any(
        gz.role_re.fullmatch(part, len(part) - k) for k in range(1, min(len(part), 12) + 1)
    )
