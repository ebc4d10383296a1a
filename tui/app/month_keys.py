"""The month keys of the explorer: `[` / `]`, `m`, `w`, `u`.

`[` and `]` step to the months that have events under the current filters (company, person,
event types, search): the months of each filter are asked of the store once, in a worker, and
kept; a key pressed before they arrive is answered when they do.
"""

from __future__ import annotations

from textual import work

from tui.app.messages import LoadFailed, MonthsLoaded
from tui.months import MonthRange, quarter_of, resolve_typed, single, step, year_of
from tui.store import Filters


class MonthKeys:
    """Mixed into the App: ``self.filters``, ``self.reader``, ``self._apply`` are the app's."""

    months: list[str]  # every month with events, whatever the filter
    _months_under: dict[Filters, list[str]]  # months with events under a filter (its months left out)

    def _filter_key(self, f: Filters | None = None) -> Filters:
        return (f or self.filters).without("months")

    def months_with_events(self, f: Filters | None = None) -> list[str] | None:
        """Months with events under ``f`` (default: the current filters), None until known."""
        return self._months_under.get(self._filter_key(f))

    # -- loading -------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="months", exit_on_error=False)
    def load_months(self) -> None:
        try:
            self.post_message(MonthsLoaded(self.reader.months(), Filters()))
        except Exception as exc:  # every failure reaches the screen
            self.post_message(LoadFailed("months", str(exc)))

    @work(thread=True, exclusive=True, group="months-under", exit_on_error=False)
    def load_months_under(self, key: Filters, then_step: int = 0) -> None:
        try:
            self.post_message(MonthsLoaded(self.reader.months(key), key, then_step))
        except Exception as exc:  # every failure reaches the screen
            self.post_message(LoadFailed("months", str(exc)))

    def on_months_loaded(self, message: MonthsLoaded) -> None:
        self._months_under[message.under] = message.months
        if message.under == Filters():
            self.months = message.months
        if message.then_step and message.under == self._filter_key():
            self.action_month_step(message.then_step)

    # -- stepping ------------------------------------------------------------------------------
    def _stepped(self, direction: int) -> Filters | None:
        """The filter one month earlier (-1) or later (1) among the months with events under the
        current filters; None when there is none or they are not known yet."""
        months = self.months_with_events()
        if not months:
            return None
        shown = self.filters.months
        current = (shown.first if direction < 0 else shown.last) if shown else None
        target = step(months, current, direction)
        return None if target is None else self._with_months(single(target))

    def _with_months(self, months: MonthRange | None) -> Filters:
        f = self.filters
        return Filters(months, f.company, f.person, f.events, f.text)

    def action_month_step(self, direction: int) -> None:
        months = self.months_with_events()
        if months is None:  # not asked yet: answered when the store says
            self.load_months_under(self._filter_key(), direction)
            return
        if not months:
            filtered = not self._filter_key().is_empty
            self.notify("No month has events under these filters." if filtered else "No months with events yet.", severity="warning")
            return
        stepped = self._stepped(direction)
        if stepped is None:
            self.notify("No earlier month with events." if direction < 0 else "No later month with events.", timeout=2)
            return
        self._apply(stepped)

    # -- typed, widened, cleared ---------------------------------------------------------------
    def action_month_prompt(self) -> None:
        from tui.app.screens.prompt import Prompt

        in_view = self.filters.months.first if self.filters.months else None

        def check(typed: str) -> MonthRange:
            return resolve_typed(typed, self.months_with_events() or self.months, in_view=in_view)

        def chosen(months: MonthRange | None) -> None:
            if months is not None:
                self._apply(self._with_months(months))

        current = self.filters.months.label if self.filters.months else ""
        question = "Month (2025-06, 2025-6, 6月 = the latest June with events, 2025Q2, 2025):"
        self.push_screen(Prompt(question, placeholder="2025-06", value=current, check=check), chosen)

    def action_widen(self) -> None:
        months = self.filters.months
        if months is None:
            self.notify("No month to widen: pick one with [ ] or m.", timeout=2)
            return
        if months.is_single:
            wider: MonthRange = quarter_of(months.first)
        elif months.label[4:5] == "Q":
            wider = year_of(months.first)
        else:
            self.notify("Already a whole year; u clears the month.", timeout=2)
            return
        self._apply(self._with_months(wider))

    def action_clear_month(self) -> None:
        self._apply(self.filters.without("months"))
