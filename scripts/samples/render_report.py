#!/usr/bin/env python3
"""Turn the sample report's Markdown source into a flat OpenDocument text (.fodt) that
LibreOffice lays out like a printed Vietnamese government report.

    render_report.py SOURCE.md OUTPUT.fodt

Source conventions (a small Markdown subset, so the source still reads well as Markdown):
  ::: header / ::: title / ::: closing  ... :::   fenced blocks; header and closing rows are
                                                  "left cell | right cell"
  # …  Phần thứ …      ## I.   ### 1.   #### 1.1.   ##### a)     headings by depth
  plain lines                                     one paragraph each (blank lines separate)
  [^N] in text, "[^N]: body" at the end           real footnotes at the page bottom
"""
import re
import sys
from xml.sax.saxutils import escape

NAMESPACES = " ".join(f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"' for prefix, name in [
    ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"), ("table", "table:1.0"),
    ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0")])

# Page and type follow the usual administrative layout: A4, 3 cm binding margin,
# 14 pt body, 10 pt footnotes, the page number centred on top from page 2 on.
STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
   style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt"
    fo:language="vi" fo:country="VN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm"
    fo:margin-top="0cm" fo:margin-bottom="0.15cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="Part" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.35cm"
    fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Section" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subsection" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Clause" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="DocTitle" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Rule" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="6.5cm" fo:margin-right="6.5cm" fo:margin-bottom="0.45cm"
    fo:border-bottom="0.03cm solid #000000" fo:padding="0cm"/>
  <style:text-properties fo:font-size="4pt"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Recipients" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.5cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="BoldItalicUnderline" style:family="text">
  <style:text-properties fo:font-weight="bold" fo:font-style="italic"
    style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="BoldUnderline" style:family="text">
  <style:text-properties fo:font-weight="bold" style:text-underline-style="solid"
    style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text">
  <style:text-properties style:text-position="super 58%"/>
 </style:style>
 <style:style style:name="NoteMark" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0"
   text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="NoteMark"
   text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
    fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm"
    style:rel-width="30%" style:color="#000000" style:adjustment="left"/>
 </style:page-layout>
 <style:style style:name="Grid" style:family="table">
  <style:table-properties style:width="16cm" table:align="center"/>
 </style:style>
 <style:style style:name="GridLeft" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
 <style:style style:name="GridRight" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="GridFirst" style:family="table" style:master-page-name="First">
  <style:table-properties style:width="16cm" table:align="center"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="First" style:page-layout-name="A4" style:next-style-name="Standard"/>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Header"><text:page-number text:select-page="current"/></text:p></style:header>
 </style:master-page>
</office:master-styles>
"""

HEADING_STYLES = {1: "Part", 2: "Section", 3: "Subsection", 4: "Clause", 5: "Point"}
PART_LABEL = re.compile(r"^(Phần thứ \S+)\s+(.*)$")
FOOTNOTE_BODY = re.compile(r"^\[\^(\d+)\]:\s*(.*)$")
FOOTNOTE_REF = re.compile(r"\[\^(\d+)\]")


def inline(text, footnotes):
    """Escape text and turn each [^N] into a real footnote carrying its body."""
    parts, position = [], 0
    for match in FOOTNOTE_REF.finditer(text):
        parts.append(escape(text[position:match.start()]))
        number = match.group(1)
        parts.append(f'<text:note text:id="note{number}" text:note-class="footnote">'
                     f'<text:note-citation>{number}</text:note-citation><text:note-body>'
                     f'<text:p text:style-name="Footnote">{escape(footnotes[number])}</text:p>'
                     f'</text:note-body></text:note>')
        position = match.end()
    parts.append(escape(text[position:]))
    return "".join(parts)


def span(style, text):
    return f'<text:span text:style-name="{style}">{escape(text)}</text:span>' if text else ""


def two_column_table(rows, left_cell, right_cell, table_style="Grid"):
    """A borderless two-column table: how title blocks and signature blocks are laid out."""
    cells = "".join(f"<table:table-row><table:table-cell>{left_cell(i, left)}</table:table-cell>"
                    f"<table:table-cell>{right_cell(i, right)}</table:table-cell></table:table-row>"
                    for i, (left, right) in enumerate(rows))
    return (f'<table:table table:name="T{id(rows)}" table:style-name="{table_style}">'
            f'<table:table-column table:style-name="GridLeft"/><table:table-column table:style-name="GridRight"/>'
            f"{cells}</table:table>")


def header_block(rows):
    def left(i, text):
        style = "Bold" if i == 1 else None  # the issuing body is bold, its parent is not
        content = span(style, text) if style else escape(text)
        return f'<text:p text:style-name="Cell">{content}</text:p>'

    def right(i, text):
        if i == 0:
            return f'<text:p text:style-name="Cell">{span("BoldUnderline", text)}</text:p>'
        return f'<text:p text:style-name="Cell">{span("Italic", text)}</text:p>'
    return two_column_table(rows, left, right, "GridFirst")


def closing_block(rows):
    def left(i, text):
        content = span("BoldItalicUnderline", text) if i == 0 else escape(text)
        return f'<text:p text:style-name="Recipients">{content}</text:p>'

    def right(i, text):
        content = span("Italic", text) if text.startswith("(") else span("Bold", text)
        return f'<text:p text:style-name="Cell">{content}</text:p>'
    return two_column_table(rows, left, right)


def title_block(lines):
    out = []
    for i, line in enumerate(lines):
        if line.strip("-") == "":  # the short rule under the subject is drawn, not typed
            out.append('<text:p text:style-name="Rule"/>')
            continue
        style = "Part" if i == 0 else "DocTitle"
        out.append(f'<text:p text:style-name="{style}">{escape(line)}</text:p>')
    return "".join(out)


def heading(depth, text, footnotes):
    style = HEADING_STYLES[min(depth, 5)]
    part = PART_LABEL.match(text) if depth == 1 else None
    if part:  # "Phần thứ nhất" stands on its own line above the part's title
        return (f'<text:p text:style-name="{style}">{escape(part.group(1))}<text:line-break/>'
                f'{inline(part.group(2), footnotes)}</text:p>')
    return f'<text:p text:style-name="{style}">{inline(text, footnotes)}</text:p>'


def parse(source):
    """Split the source into blocks: ('fence', kind, lines), ('heading', depth, text), ('para', text)."""
    lines = source.splitlines()
    footnotes = {m.group(1): m.group(2) for m in map(FOOTNOTE_BODY.match, lines) if m}
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line.startswith("::: "):
            end = lines.index(":::", i + 1)
            blocks.append(("fence", line[4:].strip(), lines[i + 1:end]))
            i = end + 1
            continue
        if line and not FOOTNOTE_BODY.match(line):
            hashes = len(line) - len(line.lstrip("#"))
            if hashes:
                blocks.append(("heading", hashes, line[hashes:].strip()))
            else:
                blocks.append(("para", line))
        i += 1
    return blocks, footnotes


def render(source):
    blocks, footnotes = parse(source)
    body = []
    for block in blocks:
        if block[0] == "fence":
            kind, lines = block[1], block[2]
            rows = [tuple(cell.strip() for cell in (line.split("|", 1) + [""])[:2]) for line in lines]
            if kind == "header":
                body.append(header_block(rows))
            elif kind == "closing":
                body.append('<text:p text:style-name="Body"/>' + closing_block(rows))
            else:
                body.append(title_block(lines))
        elif block[0] == "heading":
            body.append(heading(block[1], block[2], footnotes))
        else:
            body.append(f'<text:p text:style-name="Body">{inline(block[1], footnotes)}</text:p>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{STYLES}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as source:
        document = render(source.read())
    with open(sys.argv[2], "w", encoding="utf-8") as output:
        output.write(document)


if __name__ == "__main__":
    main()
