"""Processing shows an algorithm's help as HTML: a bare '<' (as in 'distance <= radius' or '0 < gap') starts
a tag for Qt and swallows the rest of the text (seen in the desktop dialog screenshots). Write '≤' or words."""

import re
import xml.etree.ElementTree as ElementTree

from conftest import ROOT

BARE_LESS_THAN = re.compile(r"<(?![a-zA-Z/!])")


def test_no_help_text_loses_words_to_a_bare_less_than(provider):
    translations = {m.findtext("source"): m.findtext("translation")
                    for m in ElementTree.parse(str(ROOT / "i18n" / "ondergrond_nl.ts")).getroot().iter("message")}
    broken = []
    for algorithm in provider.algorithms():
        english = algorithm.shortHelpString()
        for language, text in (("en", english), ("nl", translations.get(english) or "")):
            for match in BARE_LESS_THAN.finditer(text):
                broken.append("{} ({}): ...{}...".format(algorithm.id(), language, text[max(0, match.start() - 30):
                                                                                        match.start() + 10]))
    assert not broken, "\n".join(broken)


def test_the_check_catches_what_qt_swallows(qgis_app):
    from qgis.PyQt.QtGui import QTextDocument

    for text in ("cells within the radius (distance <= radius) count", "a conflict is 0 < gap < the clearance"):
        document = QTextDocument()
        document.setHtml(text)
        assert len(document.toPlainText()) < len(text)  # Qt loses the words after '<'
        assert BARE_LESS_THAN.search(text)
    assert not BARE_LESS_THAN.search("<b>Inputs.</b> distance ≤ radius<br/>")
