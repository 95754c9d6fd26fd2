"""Read an ELF file's identity and sections without loading it (for ``ember.load``'s checks).

ember's libraries carry a metadata record in a section of their own (``.ember_meta``, see
:mod:`ember.runtime.library_record`). :func:`read_elf` parses the ELF header and the section
header table of 32- and 64-bit little-endian files: the file type (shared library or relocatable
object), the machine, and each section's name, file offset and size. Nothing of the file is
executed, so a library for another architecture or a damaged file is reported, not run. Every
inconsistency (not ELF, a table or section past the end of the file: a truncated copy) is a
one-line :class:`~ember.diagnostics.EmberError`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from ember.diagnostics import EmberError

MAGIC = b"\x7fELF"
ET_REL, ET_DYN = 1, 3
SHT_NOBITS = 8
SHT_SYMTAB = 2
SHN_UNDEF = 0
STB_LOCAL = 0
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4

MACHINES = {3: "i386", 40: "arm", 62: "x86_64", 183: "aarch64", 243: "riscv"}
"""``e_machine`` values ember produces or meets, by name (ELF's own numbering)."""

_HEADER = {32: struct.Struct("<HHIIIIIHHHHHH"), 64: struct.Struct("<HHIQQQIHHHHHH")}
_SYMBOL = {32: struct.Struct("<IIIBBH"), 64: struct.Struct("<IBBHQQ")}
_SECTION = {32: struct.Struct("<IIIIIIIIII"), 64: struct.Struct("<IIQQQQIIQQ")}


@dataclass(frozen=True)
class Section:
    name: str
    offset: int
    size: int
    flags: int = 0
    nobits: bool = False
    type: int = 0
    link: int = 0

    @property
    def kind(self) -> str:
        """``code``, ``rodata``, ``data``, ``bss`` (allocated sections) or ``other``."""
        if not self.flags & SHF_ALLOC:
            return "other"
        if self.flags & SHF_EXECINSTR:
            return "code"
        if self.nobits:
            return "bss"
        return "data" if self.flags & SHF_WRITE else "rodata"


@dataclass(frozen=True)
class ElfInfo:
    """What :func:`read_elf` learnt: bits (32/64), file type, machine name, sections by name."""

    bits: int
    file_type: int
    machine: str
    sections: dict[str, Section]
    table: tuple[Section, ...] = ()
    """Every section in file order (``link`` fields index it)."""


def _fail(path: str, what: str) -> EmberError:
    return EmberError(f"'{path}' is not a valid library: {what}")


def _identity(data: bytes, path: str) -> int:
    if len(data) < 16 or data[:4] != MAGIC:
        raise _fail(path, "not an ELF file" if len(data) >= 16 else "truncated (shorter than an ELF header)")
    bits = {1: 32, 2: 64}.get(data[4])
    if bits is None or data[5] != 1:
        raise _fail(path, "unsupported ELF class or byte order (ember writes little-endian ELF)")
    return bits


def read_elf(data: bytes, path: str) -> ElfInfo:
    """Parse ``data`` (a whole file) as ELF; ``path`` only names it in errors."""
    bits = _identity(data, path)
    header = _HEADER[bits]
    if len(data) < 16 + header.size:
        raise _fail(path, "truncated (shorter than an ELF header)")
    fields = header.unpack_from(data, 16)
    file_type, machine, shoff = fields[0], fields[1], fields[5]
    entsize, count, names_index = fields[10], fields[11], fields[12]
    layout = _SECTION[bits]
    if entsize != layout.size or shoff + count * entsize > len(data) or names_index >= max(count, 1):
        raise _fail(path, "truncated or damaged (its section table lies outside the file)")
    raw = [layout.unpack_from(data, shoff + i * entsize) for i in range(count)]
    names = raw[names_index] if raw else None
    table: list[Section] = []
    for entry in raw:
        offset, size = entry[4], entry[5]
        if entry[1] != SHT_NOBITS and offset + size > len(data):
            raise _fail(path, "truncated (a section extends past the end of the file)")
        name = _name(data, names[4] + entry[0]) if names is not None else ""
        table.append(Section(name, offset, size, entry[2], entry[1] == SHT_NOBITS, entry[1], entry[6]))
    sections = {s.name: s for s in table}
    return ElfInfo(bits, file_type, MACHINES.get(machine, f"machine {machine}"), sections, tuple(table))


def _name(data: bytes, start: int) -> str:
    end = data.find(b"\0", start)
    return data[start:end].decode("latin-1") if end >= 0 else ""


def section_bytes(data: bytes, info: ElfInfo, name: str) -> bytes | None:
    """The contents of section ``name`` (None if the file has none)."""
    section = info.sections.get(name)
    return None if section is None else data[section.offset : section.offset + section.size]


def section_sizes(info: ElfInfo) -> dict[str, int]:
    """Bytes of code, read-only data, initialised data and zero-initialised data."""
    sizes = {"code": 0, "rodata": 0, "data": 0, "bss": 0}
    for section in info.sections.values():
        if section.kind in sizes:
            sizes[section.kind] += section.size
    return sizes


def undefined_symbols(data: bytes, info: ElfInfo) -> list[str]:
    """Global symbols an object file refers to but does not define (what the link must supply)."""
    layout = _SYMBOL[info.bits]
    found: set[str] = set()
    for table in (s for s in info.table if s.type == SHT_SYMTAB):
        names = info.table[table.link]
        for start in range(table.offset + layout.size, table.offset + table.size, layout.size):
            fields = layout.unpack_from(data, start)
            name, symbol_info, index = (fields[0], fields[3], fields[5]) if info.bits == 32 else (fields[0], fields[1], fields[3])
            if index == SHN_UNDEF and symbol_info >> 4 != STB_LOCAL and name:
                found.add(_name(data, names.offset + name))
    return sorted(found)
