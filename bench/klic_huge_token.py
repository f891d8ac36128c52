"""Time a KLIC GI file with one huge XML token (a comment or an attribute value of 5 / 10 / 20 MB).

Expat re-scans an unfinished token from its start on every chunk it is fed, so with small reads the
time grows with the square of the token's size. Run: python bench/klic_huge_token.py
(prints seconds per size; the token is refused or read in time linear in its size).

Measured on the 2-core shared machine (issue 15), one run each:
  before (16 kB reads into expat): comment 5 / 10 / 20 MB: 3.15 / 15.61 / 57.07 s,
                                   attribute 5 / 10 / 20 MB: 3.33 / 14.57 / 58.49 s (all read);
  after (4 MB reads, tokens above 16 MB refused): comment 0.22 / 0.35 s read, 20 MB refused in 0.30 s;
                                   attribute 0.13 / 0.41 s read, 20 MB refused in 0.30 s.
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

headless.import_plugin()
from ondergrond.core import klic  # noqa: E402

GI = ROOT / "tests" / "fixtures" / "imkl" / "26X000001_1" / "GI_gebiedsinformatielevering_26X000001_1.xml"


def with_token(kind, size):
    text = GI.read_text(encoding="utf-8")
    start = text.index(">", text.index("<gml:FeatureCollection")) + 1
    if kind == "comment":
        return (text[:start] + "<!--" + "x" * size + "-->" + text[start:]).encode()
    tag = text.index("<gml:featureMember>") if "<gml:featureMember>" in text else start
    return (text[:tag] + '<gml:featureMember><x a="' + "y" * size + '"/></gml:featureMember>' + text[tag:]).encode()


def main():
    for kind in ("comment", "attribute"):
        for mb in (5, 10, 20, 40):
            data = with_token(kind, mb * 1024 * 1024)
            began = time.perf_counter()
            try:
                klic.parse_delivery(data)
                outcome = "read"
            except klic.KlicError as error:
                outcome = "refused: " + str(error)[:90]
            print("{:9s} {:3d} MB: {:6.2f} s  {}".format(kind, mb, time.perf_counter() - began, outcome), flush=True)


if __name__ == "__main__":
    main()
