"""What the stages share: the article as each of them sees it, the move words found in a sentence
and what one sentence says about one person. ``ArticleContext`` holds the matching view of the
text, the gazetteer, the sentences, the company mentions of the body and the names the article
vouches for, with the range lookups the stages need; ``Trigger`` is a move word with what it
says about its object; ``Claim`` is a person, company, event, date, role and quote before the
claims of the article are merged into one per move.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from tui.extract.chinese import ViewMap
from tui.extract.foreign_names import ForeignMention
from tui.extract.gazetteer import Gazetteer
from tui.extract.sentences import Sentence
from tui.model import EventType

# Characters of a unit's name that may stand between 从's company and the move: 从百度文心团队离职
UNIT_AFTER = 6

DEPARTED, PENDING, SIDELINED, JOINED, POACH = (e.value for e in EventType)


@dataclass(slots=True)
class Trigger:
    word: str
    start: int
    end: int
    kind: str
    pending: bool = False
    object_company: str | None = None
    object_text: str | None = None
    employer_acts: bool = False  # 公司解雇了他: the person is the object, the company the subject
    poacher_at: int | None = None  # A从B挖走C: where 从 stands, so A is the person before it
    left_from: str | None = None  # 从A加盟B: the company left on the way to the join
    goes_to: str | None = None  # 被Meta挖角, 挖角到京东: the company the person is taken to


@dataclass(slots=True)
class Claim:
    person: str
    company: str
    event: str
    month: str | None
    precision: str | None
    role: str | None
    destination: str | None
    qs: int
    qe: int
    weak_company: bool = False  # the company came from context, not from the words about this person
    trigger_at: int = 0  # where its move word stands, to order the moves of one sentence
    nominal: bool = False  # said as a noun of the person ("X的离职"), not as a verb
    from_object: bool = False  # the company is the move word's own object ("离开X")
    switched: bool = False  # a join by a word of switching (转投, 跳槽): the last employer was left
    post_only: bool = False  # a departure said by a word of giving up a post (卸任, 离任)
    via: str | None = None  # a join to the employer of this person, found once the article is read


@dataclass(slots=True)
class ArticleContext:
    v: str
    gz: Gazetteer
    published: date | None
    sentences: list[Sentence]
    companies: list[tuple[int, int, str]]
    dominant: str | None
    known: dict[str, int] = field(default_factory=dict)  # names vouched for, and where first
    known_by_first: dict[str, list[str]] = field(default_factory=dict)  # the same, by first character, longest first
    counts: dict[str, int] = field(default_factory=dict)  # how often the page writes a would-be name
    spans: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # where each person is named
    name_reads: dict[tuple[int, int], object] = field(default_factory=dict)  # (start, limit) -> end of a name read there
    plausible: dict[tuple[int, int], bool] = field(default_factory=dict)  # (start, end) -> may be a name
    starts: list[int] = field(init=False)  # of the companies, for range lookups
    sentence_starts: list[int] = field(init=False)
    covered: bytearray = field(init=False)  # 1 where a company name is
    foreign: list[ForeignMention] = field(default_factory=list)  # foreign people, in text order
    foreign_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [cs for cs, _, _ in self.companies]
        self.sentence_starts = [s.start for s in self.sentences]
        self.covered = coverage(self.v, self.companies)

    def know(self, name: str, at: int) -> None:
        """Vouch for ``name`` as a person's name wherever the article writes it."""
        if name not in self.known:
            self.known[name] = at
            same = self.known_by_first.setdefault(name[0], [])
            same.append(name)
            same.sort(key=len, reverse=True)

    def recurs(self, name: str) -> bool:
        """The page writes ``name`` more than once (counted once per name, however long the page)."""
        n = self.counts.get(name)
        if n is None:
            n = self.counts[name] = self.v.count(name)
        return n >= 2

    def sentence_of(self, start: int, end: int) -> int | None:
        """The sentence that holds text[start:end], if one does."""
        i = bisect_right(self.sentence_starts, start) - 1
        return i if i >= 0 and end <= self.sentences[i].end else None

    def is_shaped(self, company: str) -> bool:
        """A company known only by its shape (星云科技, Helios Lab), not from the gazetteer."""
        return self.gz.companies.get(company.lower().replace(" ", "")) != company

    def foreign_in(self, lo: int, hi: int) -> list[ForeignMention]:
        """The foreign people mentioned from ``lo`` to ``hi``."""
        return self.foreign[bisect_left(self.foreign_starts, lo) : bisect_left(self.foreign_starts, hi)]

    def companies_from(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The company mentions that start in [lo, hi), in text order."""
        return self.companies[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def coverage(v: str, spans: list[tuple[int, int, str]]) -> bytearray:
    """1 at every position of ``v`` inside one of ``spans``: an overlap test is then one slice."""
    covered = bytearray(len(v) + 1)
    for start, end, _ in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def view_offset(view: ViewMap, orig: int, n: int) -> int:
    """The first view offset at or after the original offset ``orig`` (``n`` is the view's length).

    The view drops zero-width characters, so offsets do not map one to one: a binary search over
    the way back, which only ever runs once per article."""
    if orig <= 0:
        return 0
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if view.orig(mid) < orig:
            lo = mid + 1
        else:
            hi = mid
    return lo
