"""The one prolog check of every XML importer (KLIC, Omgevingswet publications, ESDL).

Entity declarations live in a DOCTYPE and are how XML bombs and external-entity reads work; the
deliveries these importers read never have one. So before a document is parsed, only its prolog is
read (parsing stops at the root element's start tag) and a DOCTYPE or entity declaration is refused.
"""

from pyexpat import ErrorString, ExpatError, ParserCreate

from .i18n import tr

CHUNK_BYTES = 16384


class _LocalNames(dict):
    """``{namespace}name`` -> ``name``; "" for a comment or processing instruction (their tag is not a string).
    A cache read as ``LOCAL_NAMES[tag]`` in the hottest loops: a delivery repeats a few dozen tags millions
    of times; a hostile file with endless distinct tags empties the cache instead of growing it."""

    def __missing__(self, tag):
        if len(self) > 10_000:
            self.clear()
        name = self[tag] = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        return name


LOCAL_NAMES = _LocalNames()


def local_name(tag):
    """``{namespace}name`` -> ``name`` (see _LocalNames)."""
    return LOCAL_NAMES[tag]


class _RootReachedError(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


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

    def stop(name, _attributes):
        raise _RootReachedError(name.rpartition("}")[2].rpartition(":")[2])

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity
    parser.StartElementHandler = stop
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
