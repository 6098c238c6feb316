"""Time per character of each step, on generated hostile texts of growing size.

    python bench/pathological.py [--sizes 25000,50000,100000,200000] [--steps door,parse,extract]

Each kind of text (one-letter lines, Title Case lines, prose, one unbroken string,
quotes) is generated at each size and sent through the door (normalise, budget,
clean), the parse and the extraction, timed apart. A step that is linear prints a
flat column of microseconds per character; one that grows with the size is worse
than linear. Nothing here comes from a real article.
"""
from __future__ import annotations

import argparse
import time

from toll.ingest.door import admit
from toll.ingest.items import Limits
from toll.model import Article

SENTENCE = "Officials said 12 civilians were killed when shells hit the market in the town. "


def one_letter_lines(n: int) -> str:
    return "a\n" * (n // 2)


def title_case_lines(n: int) -> str:
    line = "Soldiers Returned Home After Long Months Away\n"
    return line * (n // len(line))


def prose(n: int) -> str:
    para = SENTENCE * 5 + "\n\n"
    return para * (n // len(para))


def unbroken(n: int) -> str:
    return "x" * n


def quotes(n: int) -> str:
    line = '"We will not leave," the mayor said. "Twelve people were killed," he added.\n'
    return line * (n // len(line))


KINDS = {f.__name__: f for f in (one_letter_lines, title_case_lines, prose, unbroken, quotes)}


def timed(step, *args):
    start = time.perf_counter()
    result = step(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25000,50000,100000,200000")
    parser.add_argument("--steps", default="door,parse,extract")
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    steps = args.steps.split(",")
    from toll.extract import extract
    from toll.nlp import parse

    parse("Warm up.")
    print(f"{'text':<18}{'chars':>10}{'kept':>10}" + "".join(f"{s + ' µs/char':>18}" for s in steps))
    for kind in args.kinds.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            text = KINDS[kind](size)
            (article, _), door_s = timed(admit, Article(text=text, source=kind), Limits())
            times = {"door": door_s}
            if "parse" in steps or "extract" in steps:
                doc, times["parse"] = timed(parse, article.text)
                if "extract" in steps:
                    _, times["extract"] = timed(extract, article, doc)
            print(f"{kind:<18}{len(text):>10,}{len(article.text):>10,}"
                  + "".join(f"{times[s] * 1e6 / len(text):>18.2f}" for s in steps), flush=True)


if __name__ == "__main__":
    main()
