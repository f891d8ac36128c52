"""Reading the regular bulk of a large XML document at regular-expression speed, exactly.

Machine-written GML repeats a few shapes of feature member thousands of times: the same elements and
attributes in the same order, only the values (and the indentation) differ. From one member parsed by
ElementTree, :func:`learn` writes a regular expression that matches exactly the members of that shape: tag
and attribute names literal, whitespace free where that member has some (none where it has none: a member
with whitespace there is another shape), every attribute value and leaf text a group.
One pass of all templates over a chunk then gives each member's values without building an element.

Exactness: a value group takes no ``<`` or ``&`` (no markup, entity or character reference), no character
XML would normalise (``\\t \\n \\r`` in attribute values, ``\\r`` in text) or forbids, and in text no ``>``;
whitespace is ``[ \\t\\r\\n]``, the only kind XML allows between tags. So a matched member is well-formed by
construction and its values are what ElementTree would give; anything else (comments, CDATA, namespace
declarations, a missing or extra element) does not match and is left to the element reader, which also
reports its errors. The caller checks what a template cannot see: the encoding.
"""

import re
from operator import itemgetter

_WS = rb"[ \t\r\n]*"
_BLANKS = (b" ", b"\t", b"\r", b"\n")
_TOKEN = re.compile(rb"""<([^\s/>!?]+)((?:[ \t\r\n]+[^\s=/>]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*'))*)"""
                    rb"""[ \t\r\n]*(/?)>|</([^\s/>]+)[ \t\r\n]*>|([^<]+)""")
_ATTRIBUTE = re.compile(rb"""[ \t\r\n]+([^\s=/>]+)([ \t\r\n]*)=([ \t\r\n]*)(?:"[^"]*"|'[^']*')""")
# Value groups take no markup, entity or character reference ('<', '&'), nothing XML would normalise (tab,
# line feed and carriage return in attribute values, carriage return in text), no character XML 1.0 forbids,
# and in text no '>' (so never the ']]>' text must not hold).
_FORBIDDEN = rb"\x00-\x08\x0b\x0c\x0e-\x1f"
_VALUE = {b'"': rb'"([^"<&\t\n\r' + _FORBIDDEN + rb']*)"', b"'": rb"'([^'<&\t\n\r" + _FORBIDDEN + rb"]*)'"}
_TEXT = rb"([^<&\r>" + _FORBIDDEN + rb"]*)"
_BLANK = re.compile(rb"[ \t\r\n]*")


def _space(blank):
    """The pattern of optional whitespace where the learnt member has ``blank``: free whitespace where it has
    some, none where it has none (another member with whitespace there is another shape). Each free run costs
    the regular-expression engine a step per member even when empty: most members have none between tags."""
    return _WS if blank else b""


class Template:
    """One shape of member: ``pattern`` (bytes) and per group the element (of ``root``, the member parsed
    by ElementTree) and the attribute key it holds, None for the element's text."""

    def __init__(self, pattern, slots, root):
        self.pattern, self.slots, self.root = pattern, slots, root
        self.groups = {(id(element), key): index for index, (element, key) in enumerate(slots)}


def learn(member, root):
    """The :class:`Template` of ``member`` (the bytes of one element, from its start tag to the end of the
    whitespace after its end tag) parsed by ElementTree as ``root``; None for a member no template can take
    (comments, CDATA, processing instructions, namespace declarations, mixed content)."""
    elements = list(root.iter())
    parts, slots, stack, position, index, in_leaf = [], [], [], 0, -1, False
    while position < len(member):
        token = _TOKEN.match(member, position)
        if token is None:
            return None
        position = token.end()
        name, attributes, closed, end_name, text = token.groups()
        if text is not None:  # a leaf's text is its group; elsewhere only whitespace
            if not in_leaf and _BLANK.fullmatch(text) is None:
                return None
            continue
        in_leaf = False
        after = _space(member[position:position + 1] in _BLANKS)  # whitespace after this tag
        if end_name is not None:
            if not stack or stack.pop() != end_name:
                return None
            # after the member's own end tag whitespace is always free: where a chunk ends, the next one begins
            parts.append(b"</" + re.escape(end_name) + _space(member[token.end(4):position - 1]) + b">"
                         + (after if stack else _WS))
            continue
        index += 1
        if index >= len(elements):
            return None
        element = elements[index]
        found = list(_ATTRIBUTE.finditer(attributes))
        keys = list(element.attrib)
        if len(keys) != len(found) or any(attribute[1].startswith(b"xmlns") for attribute in found):
            return None
        parts.append(b"<" + re.escape(name))
        for attribute, key in zip(found, keys):  # ElementTree keeps the attributes in document order
            parts.append(b"[ \t\r\n]+" + re.escape(attribute[1]) + _space(attribute[2]) + b"=" + _space(attribute[3])
                         + _VALUE[attribute[0][-1:]])
            slots.append((element, key))
        parts.append(_space(member[token.end(2):token.start(3)]) + closed + b">")
        if closed:
            parts.append(after)
        elif len(element):
            parts.append(after)
            stack.append(name)
        else:
            parts.append(_TEXT)
            slots.append((element, None))
            stack.append(name)
            in_leaf = True
    if stack or index != len(elements) - 1:
        return None
    pattern = b"".join(parts)
    if re.fullmatch(pattern, member) is None:  # e.g. a value with '&' or a tab: not this way
        return None
    return Template(pattern, slots, root)


class Templates:
    """The templates learnt so far, matched together in one pass (``scan``)."""

    def __init__(self):
        self.templates, self._regex, self._which = [], None, {}

    def add(self, template):
        self.templates.append(template)
        self._regex = None

    def scan(self, chunk, start=0, end=None):
        """(matches, gaps) of ``chunk[start:end]``: matches as lists per template of (start, end, values) with
        values the tuple of its groups (bytes); gaps as (position, bytes) of what no template matched."""
        end = len(chunk) if end is None else end
        found = [[] for _template in self.templates]
        gaps, expected = [], start
        if self.templates:
            if self._regex is None:
                self._compile()
            which = self._which
            for match in self._regex.finditer(chunk, start, end):
                index, numbers = which[match.lastindex]
                at, after = match.span()
                if at != expected:
                    gaps.append((expected, chunk[expected:at]))
                found[index].append((at, after, match.group(*numbers)))
                expected = after
        if expected < end:
            gaps.append((expected, chunk[expected:end]))
        return found, gaps

    def _compile(self):
        # One alternative per template, each closed by an empty marker group: match.lastindex names the
        # template that matched.
        alternatives, which, group = [], {}, 0
        for index, template in enumerate(self.templates):
            count = len(template.slots)
            first = group + 1
            group += count + 1
            # match.group(*numbers) is a tuple for two numbers or more: a single group is asked for twice, and
            # a template without values asks for its marker twice
            numbers = tuple(range(first, first + count)) if count > 1 else (first, first) if count else (group,) * 2
            which[group] = (index, numbers)
            alternatives.append(template.pattern + b"()")  # bare: re factors out their common start
        self._regex = re.compile(b"|".join(alternatives))
        self._which = which


class View:
    """An element of a template with one member's values: what code reading ElementTree elements reads
    (``get``, ``text``), so the same functions give the same answers."""

    __slots__ = ("attrib", "text")

    def __init__(self, attrib, text):
        self.attrib, self.text = attrib, text

    def get(self, key, default=None):
        return self.attrib.get(key, default)


def column(template, rows, elements, function, keys, text=True, distinct=False):
    """``function(*views)`` for every row (a match's values) of ``template``: one View per element of
    ``elements`` (elements of the template's root, or None: no such element) showing its attributes
    ``keys`` and, with ``text``, its text. Computed once per distinct combination of those values: most
    columns repeat a few values. With ``distinct``: the set of those values (one pass over the rows)."""
    plan, indices = [], []
    for element in elements:
        if element is None:
            plan.append(None)
            continue
        attributes = [(key, template.groups[id(element), key]) for key in keys if key in element.attrib]
        text_index = template.groups.get((id(element), None)) if text else None
        plan.append((element, attributes, text_index))
        indices.extend(index for _key, index in attributes)
        if text_index is not None:
            indices.append(text_index)
    at = {index: i for i, index in enumerate(indices)}

    def evaluate(values):
        made = []
        for step in plan:
            if step is None:
                made.append(None)
                continue
            element, attributes, text_index = step
            made.append(View({key: values[at[index]].decode() for key, index in attributes},
                             element.text if text_index is None else values[at[text_index]].decode() or None))
        return function(*made)

    if not indices:
        value = evaluate(())
        return ({value} if rows else set()) if distinct else [value] * len(rows)
    getter = itemgetter(*indices)
    whole = (lambda key: key) if len(indices) > 1 else (lambda key: (key,))  # one value: itemgetter gives it bare
    if distinct:
        return {evaluate(whole(key)) for key in set(map(getter, rows))}
    keys_of = list(map(getter, rows))
    memo = {key: evaluate(whole(key)) for key in set(keys_of)}
    return list(map(memo.__getitem__, keys_of))
