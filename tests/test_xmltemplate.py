"""core/xmltemplate.py: templates learnt from one member match exactly the members of its shape."""

import xml.etree.ElementTree as ET

import pytest

from ondergrond.core import xmltemplate

HEAD = b'<c xmlns:a="urn:a">'


def _member(text):
    return ET.fromstring(HEAD + text + b"</c>")[0]


def _template(text):
    return xmltemplate.learn(text, _member(text))


MEMBER = b'<a:m x = "1" a:y=\'two\'>\n  <a:v u="m">0.8</a:v>\n  <a:e />\n  <a:w></a:w>\n</a:m>\n'


def test_values_are_what_elementtree_gives():
    template = _template(MEMBER)
    # same shape: whitespace only where MEMBER has some, of any length
    other = b'<a:m   x =\t"7" a:y=\'3 >\'><a:v u="">  x y </a:v><a:e  /><a:w>z</a:w></a:m>'
    templates = xmltemplate.Templates()
    templates.add(template)
    found, gaps = templates.scan(MEMBER + other)
    assert gaps == [] and [start for start, _end, _values in found[0]] == [0, len(MEMBER)]
    element = _member(other)
    values = found[0][1][2]
    expected = []
    for slot_element, key in template.slots:
        mirror = element if slot_element is template.root else element.find(
            "{urn:a}" + slot_element.tag.partition("}")[2])
        expected.append(mirror.text if key is None else mirror.get(key))
    assert [value.decode() for value in values] == [value or "" for value in expected]
    assert [value.decode() for value in values] == ["7", "3 >", "", "  x y ", "z"]


@pytest.mark.parametrize("text", [
    b'<a:m x="1"><!-- c --><a:v>1</a:v></a:m>',          # comment
    b'<a:m x="1"><a:v><![CDATA[1]]></a:v></a:m>',         # CDATA
    b'<a:m xmlns:b="urn:b" x="1"><a:v>1</a:v></a:m>',     # namespace declared in the member
    b'<a:m x="1">text<a:v>1</a:v></a:m>',                 # mixed content
    b'<a:m x="1"><a:v>1 &amp; 2</a:v></a:m>',             # an entity: the template could not match it
    b'<a:m x="a\tb"><a:v>1</a:v></a:m>',                  # a tab XML turns into a space
])
def test_what_no_template_takes(text):
    assert _template(text) is None


@pytest.mark.parametrize("text", [
    b'<a:m x="1"><a:v>1</a:v><a:v>2</a:v></a:m>',  # one more element
    b'<a:m x="1"><a:v a="1">1</a:v></a:m>',        # one more attribute
    b'<a:m x="1"><a:v>1 &amp; 2</a:v></a:m>',      # an entity
    b'<a:m x="1"><a:v>1\r</a:v></a:m>',            # a carriage return XML turns into a line feed
    b'<a:m x="1"><a:v>1</a:v></a:M>',              # not well-formed
    b'<a:m x="1">y<a:v>1</a:v></a:m>',             # text where the template has only whitespace
    b'<a:m x="1"><a:v>1\x01</a:v></a:m>',          # a character XML forbids
    b'<a:m x="\x0c"><a:v>1</a:v></a:m>',
    b'<a:m x="1"><a:v>1]]></a:v></a:m>',           # ']]>' in text
])
def test_other_shapes_are_gaps(text):
    templates = xmltemplate.Templates()
    templates.add(_template(b'<a:m x="1"><a:v>1</a:v></a:m>'))
    found, gaps = templates.scan(text)
    assert found == [[]] and gaps == [(0, text)]


@pytest.mark.parametrize("text", [
    b'<a:m x="1"> <a:v>1</a:v></a:m>',   # between tags
    b'<a:m x ="1"><a:v>1</a:v></a:m>',   # before '='
    b'<a:m x= "1"><a:v>1</a:v></a:m>',   # after '='
    b'<a:m x="1" ><a:v>1</a:v></a:m>',   # before '>'
    b'<a:m x="1"><a:v>1</a:v ></a:m>',   # in an end tag
])
def test_whitespace_where_the_learnt_member_has_none_is_another_shape(text):
    """Free whitespace costs the engine a step per member even when empty: a template has it only where its
    member has some. The other member is still well-formed XML of the same elements, and learnt on its own."""
    templates = xmltemplate.Templates()
    templates.add(_template(b'<a:m x="1"><a:v>1</a:v></a:m>'))
    assert templates.scan(text) == ([[]], [(0, text)])
    templates.add(_template(text))
    found, gaps = templates.scan(text)
    assert found[0] == [] and [values for _start, _end, values in found[1]] == [(b"1", b"1")] and gaps == []


def test_column_values_once_per_distinct_value_and_their_set():
    """column() gives function(*views) per row, computed once per distinct value; with distinct the set."""
    template = _template(MEMBER)
    members = [MEMBER.replace(b'u="m">0.8', b'u="%s">%d' % (unit, value)) for unit, value in
               [(b"m", 1), (b"cm", 2), (b"m", 1), (b"mm", 3), (b"m", 1)]]
    templates = xmltemplate.Templates()
    templates.add(template)
    found, gaps = templates.scan(b"".join(members))
    rows = [values for _start, _end, values in found[0]]
    assert gaps == [] and len(rows) == 5
    value = template.root.find("{urn:a}v")
    calls = []

    def unit_and_text(view):
        calls.append(view.text)
        return view.get("u"), view.text

    column = xmltemplate.column(template, rows, [value], unit_and_text, ("u",))
    assert column == [("m", "1"), ("cm", "2"), ("m", "1"), ("mm", "3"), ("m", "1")] and len(calls) == 3
    assert xmltemplate.column(template, rows, [value], unit_and_text, ("u",), distinct=True) == set(column)
    assert xmltemplate.column(template, rows, [None], lambda view: view, (), distinct=True) == {None}
    assert xmltemplate.column(template, [], [value], unit_and_text, ("u",), distinct=True) == set()
