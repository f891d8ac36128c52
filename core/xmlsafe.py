"""The one prolog check of every XML importer (KLIC, Omgevingswet publications, ESDL).

Entity declarations live in a DOCTYPE and are how XML bombs and external-entity reads work; the
deliveries these importers read never have one. So before a document is parsed, only its prolog is
read (parsing stops at the root element's start tag) and a DOCTYPE or entity declaration is refused.
Also what the importers' hot loops share: the bounded memo of local names and other repeated values.
"""

from pyexpat import ErrorString, ExpatError, ParserCreate

from .i18n import tr

CHUNK_BYTES = 16384


class Memo(dict):
    """A bounded memo of a pure function of one hashable value, read as ``memo[value]`` in the hottest loops:
    a delivery repeats a few dozen tags, measures, dates and codes millions of times; a hostile file with
    endless distinct values empties the memo instead of growing it."""

    def __init__(self, function, limit=100_000):
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key):
        if len(self) > self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


# ``{namespace}name`` -> ``name``; "" for a comment or processing instruction (their tag is not a string).
LOCAL_NAMES = Memo(lambda tag: tag.rpartition("}")[2] if isinstance(tag, str) else "", limit=10_000)


def local_name(tag):
    """``{namespace}name`` -> ``name`` (see LOCAL_NAMES)."""
    return LOCAL_NAMES[tag]


class _RootReachedError(Exception):
    def __init__(self, name, offset):
        super().__init__(name)
        self.name, self.offset = name, offset


def _stop_at_root(parser):
    def stop(name, _attributes):
        raise _RootReachedError(name.rpartition("}")[2].rpartition(":")[2], parser.CurrentByteIndex)

    parser.StartElementHandler = stop


def root_offset(data):
    """The byte offset of the root element's start tag in ``data`` (the start of a document whose prolog
    root_element has checked), or None when ``data`` holds no start tag or is not well-formed up to it."""
    parser = ParserCreate()
    _stop_at_root(parser)
    try:
        parser.Parse(data, False)
    except _RootReachedError as root:
        return root.offset
    except ExpatError:
        pass
    return None


def root_element(source, label, error, doctype_message, no_root_message):
    """The local name of the root element of ``source`` (a binary stream or bytes).

    Raises ``error(doctype_message)`` for a DOCTYPE, ``error`` naming the file for an entity declaration
    or malformed XML (line, column and the parser's reason), and ``error(no_root_message)`` without a
    root element. ``doctype_message`` and ``no_root_message`` are the importer's own (translated) words."""
    parser = ParserCreate()

    def refuse_doctype(*_args):
        raise error(doctype_message)

    def refuse_entity(*_args):
        raise error(tr("{file}: the XML declares entities; refused as unsafe").format(file=label))

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity
    _stop_at_root(parser)
    try:
        if isinstance(source, (bytes, bytearray)):
            parser.Parse(bytes(source), True)
        else:
            while True:
                chunk = source.read(CHUNK_BYTES)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
    except _RootReachedError as root:
        return root.name
    except ExpatError as exc:  # args[0] repeats the position: name the error by its code
        raise error(tr("{file}: malformed XML at line {line}, column {column}: {error}").format(
            file=label, line=exc.lineno, column=exc.offset + 1, error=ErrorString(exc.code))) from None
    raise error(no_root_message)
