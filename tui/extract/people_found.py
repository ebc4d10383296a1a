"""The people mentions stage: who a sentence names, with the title and company written with each
name. Names are taken after a title, where the article vouched for them earlier, in lists
(洪涛、焦可、陈炜鹏等), as continuations of a list, bare before a move (孙浩毅然辞去…) and at the
head of a clause that goes on to one; foreign people come from ``foreign_names`` with their
canonical name. Consecutive names joined by separators are marked as one list, so a move said of
the list is said of each of them. Reading a single name is ``people``'s work.
"""

from __future__ import annotations

import re

from tui.extract.context import UNIT_AFTER, ArticleContext
from tui.extract.foreign_names import find_foreign_people
from tui.extract.gazetteer import Gazetteer
from tui.extract.people import Mention, read_bounded_name, role_before
from tui.extract.sentences import Sentence

_CONNECTIVES = re.compile(r"(?:[据据悉报道称此外另外同时而其中随后不过但是然而此前目前值得注意的是]{0,6})")
_LIST_SEP = re.compile(r"\s*(?:、|和|与|及|以及|跟|、以及|\+|＋)\s*")
_ENUMERATION_COMMA = re.compile("、")
_LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|，以及|,以及|\+|＋)\s*")
_LIST_ITEM_END = re.compile(r"\s*(?:[、，,。；;和与及等两二三四五六七八九十均都也相先分已将于在的则还亦却—\-(（+＋…]|以及|——|\.\.\.)")
# a time between a name and its move: 于今年1月, 半年前, 上月, 上周五
_TIME_BETWEEN = re.compile(
    r"(?:于|在)?(?:(?:(?:19|20)\d\d年)?(?:今年|去年|明年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:初|底|中旬|份|\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号])?"
    r"|半年多?前|[\d一二三四五六七八九十两几]+个多?月(?:前|之前)|上个?月|本月|去年底|年底|上周[一二三四五六日]?|当地时间(?:周|星期)[一二三四五六日])"
)
# 从X离职 after a name: the company it leaves from, between the name and the move
_FROM_SPAN = re.compile(r"从[^，。；,;从]{1,16}?")
_ADVERBS = re.compile(
    r"(?:已经|已于|已|也已|也|亦|均|都|正式|更是|于|在|即将|将于|将|近日|近期|日前|宣布|被爆出|被曝出|被传出|被曝|被爆|被传|传出|据悉|本人|同样|相继|先后|早已|可能|或将|疑似|提交了?|提出了?|递交了?|"
    r"毅然|突然|此番|目前|选择了?|决定|悄然|低调|主动|被迫|要|还|则|遭|转身|转而|最终|随后|后来|刚刚|刚|早就|开始|也是|就是|正是|今天|今日|昨天|昨日|当天|\s)*"
)
# Before a bare name: the start of a clause, or a word that ends where a name may begin.
_BEFORE_BARE = re.compile(r"(?:^|[，,。；;：:、“”\"（(\s》」]|(?:\d|[一二三四五六七八九十])\s*[年月日]|自|从|而|但|且|的|有|和|与|及|由|让|据|称|原|前|后|时|(?<!个)人|员)$")
_PSEUDONYM = re.compile(r"\s*[（(]\s*化名\s*[)）]")
# 王某（前字节视觉负责人）: a title in brackets right after a name vouches for it
_ROLE_IN_BRACKETS = re.compile(r"[（(]([^()（）]{2,30})[)）]")
_TRANSLITERATION_MIN = 3  # a run of transliteration characters after a title: 卡里诺夫斯基, 史瓦泽
# Move words whose object is the person who moves: 从B挖走C, 解雇了C, 失去了C
_OBJECT_MOVES = frozenset(("挖走", "挖来", "挖了过去", "挖过去", "挖了过来", "挖过来", "解雇", "开除", "辞退", "失去", "挖角", "罢免", "招募", "延揽", "聘请", "请来", "聘用", "送走", "带走"))
_OBJECT_LEAD = re.compile(r"(?:了|走了|过)?\s*")
_DESCRIBED = re.compile(r"[^，。；,;、的]{2,16}的")


def learn_names(art: ArticleContext) -> None:
    """Names vouched for by a title anywhere in the article count wherever they appear again, and
    foreign people are found once for the whole article."""
    v, gz = art.v, art.gz
    lo = art.sentence_starts[0] if art.sentences else len(v)
    art.foreign = find_foreign_people(v, gz, art.covered, lo)
    art.foreign_starts = [m.start for m in art.foreign]
    # one pass over the text: no title or trigger word holds a sentence's end mark, so no match
    # runs from one sentence into the next
    for hm in gz.role_re.finditer(v, lo):
        i = art.sentence_of(hm.start(), hm.end())
        if i is None:
            continue
        end = _read_name(art, hm.end(), art.sentences[i].end)
        if end and not art.covered[hm.end()] and _vouched_by_title(v, hm.end(), end, gz):
            art.know(v[hm.end() : end], hm.end())


def _read_name(art: ArticleContext, i: int, limit: int) -> int | None:
    """``read_bounded_name``, once per place: the rules of a sentence read the same places again."""
    key = (i, limit)
    found = art.name_reads.get(key, _UNREAD)
    if found is _UNREAD:
        found = art.name_reads[key] = read_bounded_name(art.v, i, art.gz, limit)
    return found  # type: ignore[return-value]


_UNREAD = object()


def _plausible(v: str, start: int, end: int, gz: Gazetteer, art: ArticleContext) -> bool:
    key = (start, end)
    found = art.plausible.get(key)
    if found is None:
        found = art.plausible[key] = _judge(v, start, end, gz, art)
    return found


def _judge(v: str, start: int, end: int, gz: Gazetteer, art: ArticleContext) -> bool:
    return (
        not art.covered[start]
        and _vouched_by_title(v, start, end, gz)
        # a bare name may also start inside a title: 主任拓跋宇 is not 任拓跋宇, 工程师 not 程师
        and not any(m.start() < start < m.end() for m in gz.role_re.finditer(v, max(0, start - 6), start + 4))
    )


def _vouched_by_title(v: str, start: int, end: int, gz: Gazetteer) -> bool:
    """What may rule out a name right after a title (and any name): a word that is not one."""
    name = v[start:end]
    return not (
        v.startswith(gz.not_names, start)
        or v.startswith(gz.company_suffixes, start)
        or name in gz.generic_company_words  # 从公司离职
        or _PSEUDONYM.match(v, end) is not None  # 李梦（化名）: no one to follow
        or _is_company_or_role(name, gz)
        or _runs_into_role(v, start, end, gz)
        or gz.role_re.match(v, start) is not None  # 团队成员先后离职
    )


def _is_company_or_role(name: str, gz: Gazetteer) -> bool:
    return name.lower() in gz.companies or bool(gz.role_re.fullmatch(name)) or bool(gz.trigger_re.search(name))


def _runs_into_role(v: str, start: int, end: int, gz: Gazetteer) -> bool:
    """"和联合创始人": the would-be name is the start of a title, not a person."""
    return any(gz.role_re.match(v, k) for k in range(start + 1, end + 1))


def mentions(art: ArticleContext, s: Sentence, moves_at: list[int] | None = None) -> list[Mention]:
    """The people sentence ``s`` names, in text order, each list marked by its head's index.
    ``moves_at``: where the move words that report a move start (default: every move word)."""
    v, gz = art.v, art.gz
    found: dict[int, Mention] = {}
    foreign = {m.start: m for m in art.foreign_in(s.start, s.end)}

    def add(start: int, end: int, strong: bool, name: str | None = None) -> Mention | None:
        if start in found:
            return found[start]
        if name is None:
            if start in foreign:
                f = foreign[start]
                end, name = f.end, f.person.canonical
            elif not _plausible(v, start, end, gz, art):
                return None
            else:
                name = v[start:end]
        # only the companies a title before the name may hold (a long page names many)
        role, role_start, company, former = role_before(v, start, s.start, gz, art.companies_from(max(s.start, start - _TITLE_SPAN), start))
        m = Mention(name, start, end, role, role_start, company, former, strong or role is not None)
        found[start] = m
        art.spans.setdefault(name, set()).add((start, end))
        return m

    def read_at(i: int, limit: int) -> int | None:
        if i in foreign:
            return foreign[i].end
        return _read_name(art, i, limit)

    # 1. foreign people, whom their shape already vouches for
    for f in foreign.values():
        add(f.start, f.end, True, f.person.canonical)
    # 2. titles followed by a name (a space or one 的 between them)
    for hm in gz.role_re.finditer(v, s.start, s.end):
        st = hm.end()
        while st < s.end and v[st] in " \u00a0":
            st += 1
        if v.startswith("的", st) and st not in foreign:
            st += 1
        if st in found:
            continue
        end = read_at(st, s.end) or _transliteration(art, st, s.end)
        if end:
            add(st, end, True)
    # 2b. a name with its title in brackets after it: 王某（前字节视觉负责人）
    for bm in _ROLE_IN_BRACKETS.finditer(v, s.start, s.end):
        inner_role = bm.group(1)
        if not gz.role_re.search(inner_role):
            continue
        for left in (3, 2, 4):
            st = bm.start() - left
            if st >= s.start and st not in found and read_at(st, bm.start()) == bm.start():
                m = add(st, bm.start(), True)
                if m is not None and m.role is None:
                    _role_from_brackets(art, m, bm.start(1), bm.end(1))
                break
    # 3. names already vouched for in this article, looked up by their first character (a long
    # page vouches for many names; trying each in every sentence would cost their product)
    known_at = art.known_by_first
    k = s.start
    while k < s.end:
        name = next((n for n in known_at.get(v[k], ()) if v.startswith(n, k, s.end)), None)
        if name is None:
            k += 1
            continue
        if k not in found and not _inside(found, k):
            add(k, k + len(name), True)
        k += len(name)
    # 4. lists of names: 洪涛、焦可、陈炜鹏等
    for lm in _ENUMERATION_COMMA.finditer(v, s.start, s.end):
        sep = lm.start()
        # a compound surname four characters back reads first (长孙熠雅, not 孙熠雅)
        for left in (4, 3, 2) if v[sep - 4 : sep - 2] in gz.compound_surnames else (3, 2, 4):
            st = sep - left
            if st < s.start or _inside(found, st):
                continue
            end = read_at(st, sep)
            if end == sep:
                right_end = read_at(sep + 1, s.end)
                if right_end and _list_item_end(v, right_end, s.end):
                    add(st, sep, True)
                    add(sep + 1, right_end, True)
                    break
    # 4b. the person a move is done to: 从B挖走C, 解雇了C, 失去了C
    for tm in gz.trigger_re.finditer(v, s.start, s.end):
        if tm.group() in _OBJECT_MOVES:
            st = _OBJECT_LEAD.match(v, tm.end(), s.end).end()
            end = read_at(st, s.end)
            if not end:
                # 挖来了苹果AI模型团队的庞若鸣: the person after a description ending in 的
                of = _DESCRIBED.match(v, st, s.end)
                st = of.end() if of else st
                end = read_at(st, s.end) if of else None
            if end and st not in found and _list_item_end(v, end, s.end):
                add(st, end, True)
    # 5. list continuations: NAME和NAME, NAME、NAME after a vouched name
    changed = True
    while changed:
        changed = False
        for m in sorted(found.values(), key=lambda m: m.start):
            sm = _LIST_SEP.match(v, m.end, s.end)
            if not sm:
                continue
            nxt = sm.end()
            end = read_at(nxt, s.end)
            if end and nxt not in found and _list_item_end(v, end, s.end) and add(nxt, end, True):
                changed = True
    # 6. a bare name right before a move, or opening a clause that goes on to one
    for t in moves_at if moves_at is not None else [tm.start() for tm in gz.trigger_re.finditer(v, s.start, s.end)]:
        _bare_before(art, s, t, found, add)
    for cs, ce in s.clauses:
        lead = _CONNECTIVES.match(v, cs, ce)
        st = lead.end() if lead else cs
        end = read_at(st, ce)
        if end and st not in found and gz.trigger_re.match(v, skip_adverbs(v, end, ce, art.covered)):
            add(st, end, False)
    found_in_order = sorted(found.values(), key=lambda m: m.start)
    # list membership: consecutive mentions joined by separators (and titles) form one list
    for a, b in zip(found_in_order, found_in_order[1:]):
        # a company written before the next title does not break the list ("…、达摩院负责人B")
        between = v[a.end : b.left]
        if 1 in art.covered[a.end : b.left]:
            between = "".join(ch for k, ch in enumerate(between, a.end) if not art.covered[k])
        if _LIST_JOIN.fullmatch(between):
            b.list_head = a.list_head if a.list_head is not None else found_in_order.index(a)
    return found_in_order


def _role_from_brackets(art: ArticleContext, m: Mention, lo: int, hi: int) -> None:
    """The title and company written in brackets after the name."""
    inner = art.v[lo:hi].strip()
    m.former = inner.startswith(("前", "原"))
    m.role = inner.lstrip("前原") or None
    found = art.companies_from(lo, hi)
    if found:
        m.role_company = found[0][2]


def _bare_before(art: ArticleContext, s: Sentence, t: int, found: dict[int, Mention], add) -> None:
    """孙浩毅然辞去…, 自王腾正式离职后: a name whose adverbs run up to the move word at ``t``."""
    v, gz = art.v, art.gz
    surnames, compound = gz.surnames, gz.compound_surnames
    for st in range(max(s.start, t - _BARE_REACH), t - 1):
        # most characters start no surname: the cheap test first
        if (v[st] not in surnames and v[st : st + 2] not in compound) or st in found or art.covered[st] or _inside(found, st):
            continue
        end = _read_name(art, st, t)
        if not end or skip_adverbs(v, end, t, art.covered) != t:
            continue
        name = v[st:end]
        if _BEFORE_BARE.search(v, max(s.start, st - 3), st) or st == s.start or name in art.known or art.recurs(name):
            if add(st, end, False) is not None:
                art.know(name, st)  # a subject of a move is a name wherever it recurs
            return


def _transliteration(art: ArticleContext, i: int, limit: int) -> int | None:
    """A foreign name written without a dot after a title: a run of transliteration characters."""
    chars = art.gz.foreign_name_chars
    k = i
    while k < limit and art.v[k] in chars:
        k += 1
    return k if k - i >= _TRANSLITERATION_MIN and not art.covered[i] else None


def _inside(found: dict[int, Mention], i: int) -> bool:
    return any(m.start < i < m.end for m in found.values())


def _list_item_end(v: str, end: int, limit: int) -> bool:
    """A list item ends at a separator, 等, a count of people or a move."""
    rest = v[end : min(limit, end + 4)]
    return not rest or bool(_LIST_ITEM_END.match(rest))


def skip_adverbs(v: str, i: int, limit: int, covered: bytearray | None = None) -> int:
    m = _ADVERBS.match(v, i, limit)
    j = m.end() if m else i
    # 张某先生因个人原因辞职: an honorific and the reason, as announcements write them
    reason = _REASON.match(v, j, limit)
    if reason is not None and reason.end() > j:
        j = _ADVERBS.match(v, reason.end(), limit).end()
    # a time expression between the name and the move ("于今年1月离职")
    tm = _TIME_BETWEEN.match(v, j, limit)
    if tm:
        j = _ADVERBS.match(v, tm.end(), limit).end()
    # the company left from ("从百度文心团队离职"): ends where the move word begins
    if covered is not None and v.startswith("从", j) and covered[j + 1] and limit - j <= _FROM_REACH and _FROM_SPAN.fullmatch(v, j, limit):
        end = j + 1
        while covered[end]:
            end += 1
        if limit - end <= UNIT_AFTER:  # 从百度文心团队离职, not 从实验室抱着纸箱离开
            j = limit
    return j


_REASON = re.compile(
    r"(?:先生|女士|博士|教授)?(?:(?:通过|在|于)[^，。；,;]{1,10}?(?:宣布|发文|表示|确认|透露|官宣))?(?:[（(][^（）()]{1,8}[)）])?(?:(?:亦|也)?(?:已|已经|近日|日前)?(?:因|由于|因为|出于)[^，。；,;因]{0,14}?(?:原因|需要|考虑|安排|事务|理由)而?)?(?:向[^，。；,;]{0,10}?(?:提请|申请|提出|递交|提交))?(?:提请|申请)?"
)
_TITLE_SPAN = 48  # characters before a name that role_before reads (its window, spaces and 的 included)
_FROM_REACH = 18
_BARE_REACH = 14  # characters before a move word where a bare name with its adverbs may start
