"""The move-words stage: which trigger words in a sentence report a move, and what each says about
its object. A trigger used as a noun ("离职潮"), naming the move rather than reporting it
("此次离职"), negated, or a sideline word without a hint of a lesser post is dropped; a departure
still ahead ("拟离职", "提出离职申请") is marked pending; the company right after the word
("加入京东", "从字节离职") becomes its object, and a join to no known company keeps the words
after it as a description of where the person went.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.extract.context import DEPARTED, JOINED, PENDING, POACH, SIDELINED, UNIT_AFTER, ArticleContext, Trigger
from tui.extract.gazetteer import HIRED, Gazetteer
from tui.extract.sentences import Sentence

# A trigger used as a noun or adjective ("离职潮", "离职率") reports no one's move.
_NOMINAL_AFTER = re.compile(r"潮|率|请求|申请|报告|信|协议|补偿|赔偿|金|证明|手续|人员|员工|员|者|高管|的高管|事件|程序|的?原因|的?迹象|的?征兆|的可能")
_SIDELINE_HINT = re.compile(r"顾问|虚职|闲职|非核心|边缘|名誉|荣誉|不再负责|不再担任|核心岗位|管理岗位|一线|预备队|待命")
# 职责被拆分, 权力被削减: words of cutting that are a step aside only when duties are what is cut
_DUTY_CUT = frozenset(("被拆分", "被削减"))
_DUTIES = re.compile(r"职责|职权|权力|权限|职能")
# 以离职或被免职等形式离开: the words inside a manner phrase name the ways, the verb after it the move
_MANNER = re.compile(r"以[^，。；,;以]{0,16}?(?:等)?(?:形式|方式)")
# Sideline words that say it on their own, without a hint of the lesser post.
_SIDELINE_ITSELF = (
    "被边缘化", "边缘化", "免职", "退居二线", "不再负责", "转任顾问", "退出管理层", "退出公司管理层", "不再参与日常运营",
    "不再参与公司日常运营", "被剥离", "被削权", "被架空", "被夺权", "被削去", "职责被拆分", "职责被取消", "停职",
)
# "不再担任公司任何职务": no post is left, so the person has gone.
_NO_POST_LEFT = re.compile(r"[^，。；,;]{0,8}任何职务")
# A resignation letter received or published is a resignation: 收到…辞职报告, 发布离职信.
_LETTER_DONE = re.compile(r"收到|发布|发出|发表|晒出|公开")
# "按计划正式退休": done as planned, not planned.
_AS_PLANNED = re.compile(r"按计划|按照计划|如期")
# Verbs whose subject is the employer and whose object is the person: 公司解雇了他, Meta失去了X.
EMPLOYER_ACTS = ("解雇", "开除", "辞退", "失去", "罢免")
_SUBMITTED = re.compile(r"(?:已|已经)?(?:提出|提交|递交|提起)了?$")
_HANDING_OVER = re.compile(r"办理交接|办理工作交接|交接工作|交接中|离职流程|内部流程")
_STAYS = re.compile(r"留任|仍留在|继续留在|仍在公司|仍将留在")
# Words of giving up a post, which may not be leaving the company (辞去主任职务，但将留任公司)
POST_WORDS = frozenset(("辞去", "卸任", "离任", "辞任"))
_TAKEN_AWAY = ("挖走", "挖来", "挖了过去", "挖过去", "挖了过来", "挖过来")
# 被Meta正式挖角, 被挖走: the person was taken, by the company written after 被 if any
_PASSIVE = re.compile(r"被([^，。；,;被]{0,14}?)(?:正式|成功|高薪|重金)?$")
_TAKE_WORDS = frozenset(("挖走", "挖来", "挖角", "挖了过去", "挖过去", "挖了过来", "挖过来"))
_POACH_AS_NOUN = re.compile(r"的主谋|的幕后|的对象|潮|战|大战|尤其|激烈|频繁|之风|行为|名单")
# Words that may stand between a move word and its company: 转投竞争对手Anthropic, 加入即将上市的OpenAI.
_OBJECT_GAP = re.compile(
    r"(?:其|该)?(?:(?:竞争对手|对手|老东家|前东家|新东家)\s*(?:——|—|:|：)?\s*)?(?:[^，。；,;、]{1,24}的(?:[^，。；,;、的]{0,4}(?:巨头|公司|企业|平台|独角兽|大厂))?|(?:AI|人工智能)?(?:初创|创业)?(?:企业|公司)|[\u4e00-\u9fff]{0,4}(?:基金|企业|机构|平台|车企|厂商))?\s*"
)
_THIS_MOVE = re.compile(r"(?:此次|这次|本次|那次|上次)$")
# 如果X离职的消息属实: a move supposed, not reported
_SUCCESSOR = re.compile(r"由[^，。；,;由]{2,24}$")
# 董事会解雇, 大将辞任: the 会 of a board and the 将 of a general are no "will"
_BODIES = re.compile(r"(?:董事|委员|理事|股东|协|大|学|议|工|商|基金|社)会|(?:大|干|悍|名|老|主|猛|武|爱)将")
_DESCRIBED_BY = re.compile(r"的(?:一家|一个|一间|另一家)")
_DESCRIBED_REACH = 24  # characters after such a description where the company's own name may stand
_OWNED_REACH = 10  # characters after 旗下 where the owned brand's name may start
# words that say a move only with a company right after them (退出市场, 告别过去, 成为焦点 say none)
_NEEDS_OBJECT = frozenset(("退出", "回归", "告别", "投奔", "转投", "结束在", "结束了在", "成为", "成了", "重回", "重返", "回到"))
_YEARS_AT = re.compile(r"(?:已经|已)?(?:多年|已久|至今|已有|[\d一二三四五六七八九十两几]+年(?:之久|多)?(?:[，。；,;]|$))")
_NOUN_OF_JOIN = re.compile(r"\s*的(?:文件|计划|想法|可能|打算|意向|邀请|协议|合同|谈判)")
_TAKES_ALONG = ("带走", "送走")
_PARTING = ("作别", "道别")
_WITH = re.compile(r"与[^，。；,;与]{0,16}$")
_CLAUSE_ENDS = re.compile(r"了?(?:[，。；,;！？]|$)")
_INVITED = re.compile(r"(?:邀请|力邀|邀|游说|拉拢|试图|想要|希望|争取)(?:其|他|她|对方)?$")
_ADVERBS_BEFORE = re.compile(r"(?:直接|正式|真正|立即|马上|立刻|公开|主动|就|再)+$")
_SUPPOSED = re.compile(r"如果|假如|倘若|假设|万一|一旦|否则|很难想象|难以想象|无法想象")
_ALREADY = re.compile(r"已经|已")
_REQUEST_AFTER = re.compile(r"(?:请求|申请|流程|手续)")
_OBJECT_LEAD = re.compile(r"(?:了|至了?|到了?|进入|在)?[\s“\"「『]*")
# 加盟深圳市星云科技: a city written before the company's own name
_CITY = re.compile(r"[\u4e00-\u9fff]{2,3}市")
_JOIN_TAIL = re.compile(r"[^，。；,;！？]{1,16}")
# 从X离职, 从X加盟Y, A从B挖走C: the company written after 从, right before the move word
_FROM_COMPANY = re.compile(r"从([^，。；,;从]{1,20}?)(?:手中|那里|处)?(?:正式|已经|已|成功|先后|陆续|一口气|再次|又)?$")


def _move_words(v: str, s: Sentence, gz: Gazetteer) -> Iterator[re.Match[str]]:
    """The move words of the sentence, except one that begins inside a word that is no move
    (data/triggers.tsv "not-a-move": 低调离职 holds 调离 but says 离职, read after 低调)."""
    for m in gz.trigger_re.finditer(v, s.start, s.end):
        shield = next(((w, k) for w, k in gz.move_shields.get(m.group(), ()) if v.startswith(w, m.start() - k)), None)
        if shield is None:
            yield m
            continue
        word, k = shield
        later = gz.trigger_re.match(v, m.start() - k + len(word), s.end)
        if later is not None:
            yield later


def triggers(art: ArticleContext, s: Sentence) -> list[Trigger]:
    """The move words of sentence ``s`` that report a move, in text order."""
    v, gz = art.v, art.gz
    out: list[Trigger] = []
    for m in _move_words(v, s, gz):
        word, kind = m.group(), gz.triggers[m.group()]
        clause_start = s.clauses[s.clause_at(m.start())][0]
        nominal = _NOMINAL_AFTER.match(v, m.end(), s.end)
        letter_done = False
        if nominal and kind in (DEPARTED, PENDING):
            lead = v[clause_start : m.start()]
            letter = nominal.group() in ("请求", "申请", "报告", "信")
            letter_done = letter and bool(_LETTER_DONE.search(lead))
            if not (letter and ("提" in lead[-6:] or letter_done)):
                continue
        if kind == POACH and _POACH_AS_NOUN.match(v, m.end(), s.end):
            continue  # 挖角的主谋, 挖角战: the practice, not an attempt on someone
        before = v[max(s.start, m.start() - 8) : m.start()]
        if _THIS_MOVE.search(before):
            continue  # "此次离职系本人主动提出": names the move, does not report it
        bare = _ADVERBS_BEFORE.sub("", before)  # 虽未直接加入: the adverbs between a negation and its move
        if bare.endswith(gz.negation_words) or bare[:-1].endswith(gz.negation_words):
            continue
        if _SUPPOSED.search(v, clause_start, m.start()):
            continue
        if "式" in v[m.end() : m.end() + 12]:
            manner = _MANNER.search(v, max(clause_start, m.start() - 18), min(s.end, m.end() + 12))
            if manner is not None and manner.start() < m.start() and m.end() <= manner.end():
                continue
        if kind == JOINED and _INVITED.search(v, max(clause_start, m.start() - 6), m.start()):
            continue  # 或将邀请其加盟: an invitation, not a join
        t = Trigger(word, m.start(), m.end(), kind)
        near = v[max(clause_start, m.start() - 9) : m.start()]
        near = (_BODIES.sub("", near) if "会" in near or "将" in near else near)[-8:]
        if kind == DEPARTED and any(w in near for w in gz.pending_words) and not _ALREADY.search(near[-3:]):
            t.pending = True
        if kind == DEPARTED and _REQUEST_AFTER.match(v, m.end(), m.end() + 2) and "提" in near:
            t.pending = True
        # a hand-over said before the next move word is this move's ("已提出离职，目前正在办理交接")
        nxt = gz.trigger_re.search(v, m.end(), s.end)
        if kind == DEPARTED and (_SUBMITTED.search(near) or _HANDING_OVER.search(v, m.end(), nxt.start() if nxt else s.end)):
            t.pending = True  # 已提出离职, 正在办理交接: asked to go, not yet gone
        if t.pending and (letter_done or _AS_PLANNED.search(near)):
            t.pending = False
        if kind == SIDELINED and _NO_POST_LEFT.match(v, m.end(), s.end):
            t.kind = kind = DEPARTED
        elif kind == DEPARTED and not t.pending and _STAYS.search(v, m.end(), s.end) and word in POST_WORDS:
            t.kind = kind = SIDELINED  # 辞去主任职务，但将留任公司: a post given up, the company kept
        after = _OBJECT_LEAD.match(v, m.end()).end()
        city = _CITY.match(v, after)
        if city and art.companies_from(city.end(), city.end() + 1):
            after = city.end()
        for cs, ce, canon in art.companies_from(after, after + 3):
            if cs == after or (cs > after and cs - after <= 2 and v[after:cs] in ("该", "这家", "原")):
                t.object_company = canon
                if _DESCRIBED_BY.match(v, ce):
                    # 加入了特斯拉的一家下游企业，Redwood Materials: the company named after the description
                    later = art.companies_from(ce + 1, min(s.end, ce + 1 + _DESCRIBED_REACH))
                    t.object_company = later[0][2] if later else None
                elif v.startswith("旗下", ce):
                    # 加入吉利旗下的纯电品牌极氪: the brand named after 旗下 is where they went
                    inner = art.companies_from(ce + 2, ce + 2 + _OWNED_REACH)
                    t.object_company = inner[0][2] if inner else canon
                break
        if t.object_company is None and kind in (DEPARTED, JOINED):
            gap = _OBJECT_GAP.match(v, after, s.end)
            if gap:
                t.object_company = next((c for cs, _, c in art.companies_from(gap.end(), gap.end() + 1)), None)
        fm = _FROM_COMPANY.search(v, clause_start, m.start())
        if word == "接任" and not _SUCCESSOR.search(v, clause_start, m.start()):
            continue  # X接任董事长: a post filled, no one moved; only 由Y接任 may bring someone in
        if (kind == HIRED or word in _TAKEN_AWAY) and v.startswith("的", m.end()):
            continue  # 从华为请来的X: a line of X's history told in passing
        passive = _PASSIVE.search(v, max(clause_start, m.start() - 16), m.start()) if word in _TAKE_WORDS else None
        if passive is not None:
            # 被Meta挖角, 被挖角到了京东: a poach that happened; the object after it is where they went
            taker = art.companies_from(passive.start(1), passive.end(1))
            t.kind = kind = DEPARTED
            t.goes_to = taker[-1][2] if taker else t.object_company
            t.object_company = None
            if t.goes_to is None:
                continue
        elif kind == HIRED:
            # Meta招募了X, 星云科技聘请X: the company before the word hires the person after it (the
            # company the text is about where none is written: 该公司最终聘请X)
            hirer = art.companies_from(s.start, m.start())
            t.kind = kind = JOINED
            t.employer_acts = True
            t.object_company = hirer[-1][2] if hirer else None
        elif word in _TAKEN_AWAY:
            # A从B挖走C: C leaves B (written after 从) for A's employer
            t.employer_acts = True
            # the company right after 从, or right before the word after a description (从工作了23年的亚马逊)
            at = [
                c for c in art.companies_from(fm.start(1), fm.end(1))
                if not v[fm.start(1) : c[0]].strip() or (c[1] == fm.end(1) and v[c[0] - 1 : c[0]] == "的")
            ] if fm else []
            if at:
                # the company right after 从 (从2016年起… is a time, not where they came from)
                t.object_company = at[0][2]
                t.poacher_at = fm.start()
            elif word != "挖走":
                t.poacher_at = m.start()  # 腾讯挖来了前字节负责人X: the taker is written before the word
            if t.object_company is None and t.poacher_at is None:
                continue
        elif word in _TAKES_ALONG:
            t.employer_acts = True  # 带走了X, 送走了X: the person after the word leaves
        elif word in _PARTING and t.object_company is None:
            # 与奋战多年的X作别: the company the person parts with
            with_ = _WITH.search(v, clause_start, m.start())
            parted = art.companies_from(with_.start(), m.start()) if with_ else []
            if not parted:
                continue
            t.object_company = parted[-1][2]
        elif word in EMPLOYER_ACTS and v[m.start() - 1 : m.start()] != "遭" and not _PASSIVE.search(v, max(clause_start, m.start() - 16), m.start()):
            t.employer_acts = True
            employer = [c for c in art.companies_from(max(clause_start, m.start() - 16), m.start())]
            t.object_company = employer[-1][2] if employer else t.object_company
        if kind == JOINED and t.object_company is not None and _YEARS_AT.match(v, _company_end(art, after)):
            continue  # 加入腾讯多年: how long they have been there, not a move
        if kind == JOINED and t.object_company is not None and _NOUN_OF_JOIN.match(v, _company_end(art, after)):
            continue  # 签署了重返OpenAI的文件, 加入X的计划: a paper or a plan, not a join
        if word in _NEEDS_OBJECT and t.object_company is None:
            if not (word == "退出" and _CLAUSE_ENDS.match(v, m.end())):
                continue  # 退出市场, 告别过去: no company, no move; but 张三、李四先后退出。

        if kind == JOINED and t.object_company is None:
            tail = _JOIN_TAIL.match(v, after, s.end)
            t.object_text = tail.group() if tail else None
        if kind in (DEPARTED, JOINED) and fm and word not in _TAKEN_AWAY:
            # 从X离职 / 从X离开; 从X加盟Y: X is where they left
            for cs, ce, canon in art.companies_from(fm.start(1), fm.end(1)):
                if m.start() - ce > UNIT_AFTER:
                    continue  # 从实验室抱着纸箱离开: what follows the company is no unit of it
                if kind == DEPARTED and t.object_company is None:
                    t.object_company = canon
                elif kind == JOINED:
                    t.left_from = canon
        if word in _DUTY_CUT:
            if not _DUTIES.search(v, max(clause_start, m.start() - 10), m.start()):
                continue
        elif kind == SIDELINED and word not in _SIDELINE_ITSELF:
            if not _SIDELINE_HINT.search(v, m.start(), s.end) and not _SIDELINE_HINT.search(v[s.start : m.start()][-12:]):
                continue
        out.append(t)
    return out


def _company_end(art: ArticleContext, at: int) -> int:
    """Where the company mention starting at ``at`` ends (``at`` when none starts there)."""
    found = art.companies_from(at, at + 1)
    return found[0][1] if found else at
