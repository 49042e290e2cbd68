"""What `kjstats eval` scores: the records of the documents read, and the gold of those
documents (evaluate.py scores them).

Library code: no click; the notes are returned for the caller to print.
"""

from __future__ import annotations

from .evaluate import doc_key

__all__ = ["predictions", "gold_to_score", "json_text"]


def predictions(outcomes) -> tuple[list, set[str]]:
    """(records, doc_key of every document read) of the runner's outcomes; a large text file
    that failed part-way is not scored."""
    preds, read = [], set()
    for outcome in outcomes:
        records = list(outcome.records)
        if outcome.error is None:
            read.add(doc_key(outcome.name))
            preds.extend(records)
    return preds, read


def gold_to_score(gold_rows: list[dict], read: set[str], all_gold: bool) -> tuple[list[dict], list[str]]:
    """The gold rows to score, and the notes for stderr: the gold documents not among the
    inputs (left out unless all_gold, which counts them all missed), the inputs without gold."""
    gold_docs = {g["doc"] for g in gold_rows}
    notes = []
    unread = sorted(gold_docs - read)
    if unread and not all_gold:
        gold_rows = [g for g in gold_rows if g["doc"] in read]
        notes.append(
            f"{len(unread)} gold document{'s' if len(unread) > 1 else ''} not among the inputs, "
            f"not scored (--all-gold counts them): {', '.join(unread)}"
        )
    ungolded = sorted(read - gold_docs)
    if ungolded:
        notes.append(f"no gold for {', '.join(ungolded)}: not scored")
    return gold_rows, notes


def json_text(result, by_doc: bool, n_errors: int) -> str:
    """The figures as the JSON object of score.py --json, one line (evaluate.Evaluation.as_json)."""
    import json

    obj = result.as_json(by_doc=by_doc, errors=n_errors)
    return json.dumps(obj, ensure_ascii=False, default=_json_number) + "\n"


def _json_number(d):
    """A Decimal of a mistake's record as a JSON number."""
    return int(d) if d == d.to_integral_value() else float(d)
