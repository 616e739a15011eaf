import { Res } from '../xml-exception.js';
import type { EntityDeclaration } from './reader-nodes.js';
import { normalizeEol, type Scanner } from './scanner.js';

/** What a document type declaration declares, as far as LINQ to XML needs it. */
export interface DocumentTypeInfo {
  readonly name: string;
  readonly publicId: string | null;
  readonly systemId: string | null;
  /** The internal subset as written between `[` and `]` (empty when there is none). */
  readonly internalSubset: string;
  /** General entities, the first declaration of a name winning, as XML requires. */
  readonly entities: ReadonlyMap<string, EntityDeclaration>;
}

/**
 * Reads `<!DOCTYPE name ExternalID? [internal subset]? >` from just after `<!DOCTYPE` and its
 * whitespace. Only general entity declarations have an effect (their references are expanded);
 * element, attribute-list and notation declarations, comments and processing instructions in
 * the subset are checked for balance and skipped, and external subsets are never fetched, as
 * with .NET's default (null) resolver. Attribute defaults declared in an ATTLIST are not
 * applied.
 */
export function parseDoctype(scanner: Scanner): DocumentTypeInfo {
  const ps = scanner.ps;
  const { end } = scanner.parseQName();
  const name = ps.chars.slice(ps.charPos, end);
  ps.charPos = end;
  scanner.eatWhitespaces();
  let publicId: string | null = null;
  let systemId: string | null = null;
  if (scanner.startsWith(ps.charPos, 'PUBLIC')) {
    ps.charPos += 6;
    if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
    publicId = readLiteral(scanner);
    if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
    systemId = readLiteral(scanner);
    scanner.eatWhitespaces();
  } else if (scanner.startsWith(ps.charPos, 'SYSTEM')) {
    ps.charPos += 6;
    if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
    systemId = readLiteral(scanner);
    scanner.eatWhitespaces();
  } else if (scanner.ch(ps.charPos) !== 0x5b && scanner.ch(ps.charPos) !== 0x3e) {
    scanner.fail(Res.ExpectExternalOrClose);
  }
  const entities = new Map<string, EntityDeclaration>();
  let internalSubset = '';
  if (scanner.ch(ps.charPos) === 0x5b) {
    ps.charPos++;
    const start = ps.charPos;
    parseInternalSubset(scanner, entities);
    internalSubset = normalizeEol(ps.chars.slice(start, ps.charPos));
    ps.charPos++;
    scanner.eatWhitespaces();
  }
  if (scanner.ch(ps.charPos) !== 0x3e) {
    if (ps.charPos >= ps.charsUsed) scanner.fail(Res.UnexpectedEOF1);
    scanner.failUnexpectedToken('>');
  }
  ps.charPos++;
  return { name, publicId, systemId, internalSubset, entities };
}

/** A quoted literal (system or public identifier, entity value), without processing. */
function readLiteral(scanner: Scanner): string {
  const ps = scanner.ps;
  const quote = scanner.ch(ps.charPos);
  if (quote !== 0x22 && quote !== 0x27) scanner.failUnexpectedToken('"', "'");
  const start = ps.charPos + 1;
  const end = ps.chars.indexOf(String.fromCharCode(quote), start);
  if (end < 0) scanner.fail(Res.UnclosedQuote);
  advanceTo(scanner, end + 1);
  return normalizeEol(ps.chars.slice(start, end));
}

/** Moves to `pos`, counting the lines passed. */
function advanceTo(scanner: Scanner, pos: number): void {
  const ps = scanner.ps;
  for (let i = ps.charPos; i < pos; i++) {
    const c = ps.chars.charCodeAt(i);
    if (c === 0x0a) scanner.onNewLine(i + 1);
    else if (c === 0x0d && ps.chars.charCodeAt(i + 1) !== 0x0a) scanner.onNewLine(i + 1);
  }
  ps.charPos = pos;
}

/** Reads declarations up to the `]` that closes the internal subset, leaving `charPos` on it. */
function parseInternalSubset(scanner: Scanner, entities: Map<string, EntityDeclaration>): void {
  const ps = scanner.ps;
  for (;;) {
    scanner.eatWhitespaces();
    const pos = ps.charPos;
    const c = scanner.ch(pos);
    if (c === 0x5d) return;
    if (pos >= ps.charsUsed) scanner.fail(Res.UnexpectedEOF1);
    if (scanner.startsWith(pos, '<!--')) skipPast(scanner, pos + 4, '-->', 'Comment');
    else if (scanner.startsWith(pos, '<?')) skipPast(scanner, pos + 2, '?>', 'PI');
    else if (scanner.startsWith(pos, '<!ENTITY')) parseEntityDeclaration(scanner, entities);
    else if (
      scanner.startsWith(pos, '<!ELEMENT') ||
      scanner.startsWith(pos, '<!ATTLIST') ||
      scanner.startsWith(pos, '<!NOTATION')
    ) {
      skipDeclaration(scanner);
    } else if (c === 0x25) {
      ps.charPos++;
      const end = scanner.parseName();
      if (scanner.ch(end) !== 0x3b) scanner.failUnexpectedToken(';', null, end);
      ps.charPos = end + 1;
    } else scanner.fail(Res.ExpectDtdMarkup);
  }
}

function skipPast(scanner: Scanner, from: number, terminator: string, what: string): void {
  const ps = scanner.ps;
  const end = ps.chars.indexOf(terminator, from);
  if (end < 0) {
    advanceTo(scanner, ps.charsUsed);
    scanner.fail(Res.UnexpectedEOF, [what]);
  }
  advanceTo(scanner, end + terminator.length);
}

/** Skips `<!ELEMENT ...>`, `<!ATTLIST ...>`, `<!NOTATION ...>`, honouring quoted literals. */
function skipDeclaration(scanner: Scanner): void {
  const ps = scanner.ps;
  let pos = ps.charPos + 2;
  let quote = 0;
  for (;;) {
    const c = scanner.ch(pos);
    if (pos >= ps.charsUsed) {
      advanceTo(scanner, pos);
      scanner.fail(Res.UnexpectedEOF1);
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) break;
    pos++;
  }
  advanceTo(scanner, pos + 1);
}

/** `<!ENTITY [%] name ("value" | ExternalID [NDATA name]) >` */
function parseEntityDeclaration(scanner: Scanner, entities: Map<string, EntityDeclaration>): void {
  const ps = scanner.ps;
  ps.charPos += 8;
  if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
  let parameter = false;
  if (scanner.ch(ps.charPos) === 0x25) {
    parameter = true;
    ps.charPos++;
    if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
  }
  const end = scanner.parseName();
  const name = ps.chars.slice(ps.charPos, end);
  ps.charPos = end;
  if (scanner.eatWhitespaces() === 0) scanner.failExpectingWhitespace(ps.charPos);
  let declaration: EntityDeclaration;
  const c = scanner.ch(ps.charPos);
  if (c === 0x22 || c === 0x27) {
    const lineNo = scanner.lineNo;
    const linePos = scanner.linePos;
    const raw = readLiteral(scanner);
    declaration = { name, text: expandCharacterReferences(raw), unparsed: false, lineNo, linePos };
  } else {
    let unparsed = false;
    if (scanner.startsWith(ps.charPos, 'PUBLIC')) {
      ps.charPos += 6;
      scanner.eatWhitespaces();
      readLiteral(scanner);
      scanner.eatWhitespaces();
      readLiteral(scanner);
    } else if (scanner.startsWith(ps.charPos, 'SYSTEM')) {
      ps.charPos += 6;
      scanner.eatWhitespaces();
      readLiteral(scanner);
    } else scanner.failUnexpectedToken('"', "'");
    scanner.eatWhitespaces();
    if (scanner.startsWith(ps.charPos, 'NDATA')) {
      ps.charPos += 5;
      scanner.eatWhitespaces();
      ps.charPos = scanner.parseName();
      unparsed = true;
    }
    declaration = { name, text: null, unparsed, lineNo: scanner.lineNo, linePos: scanner.linePos };
  }
  scanner.eatWhitespaces();
  if (scanner.ch(ps.charPos) !== 0x3e) scanner.failUnexpectedToken('>');
  ps.charPos++;
  if (!parameter && !entities.has(name)) entities.set(name, declaration);
}

/**
 * An entity value's character references are replaced when the entity is declared; general
 * entity references stay, to be expanded where the entity is used.
 */
function expandCharacterReferences(value: string): string {
  return value.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (whole, digits: string) => {
    const code = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10);
    return code > 0x10ffff ? whole : String.fromCodePoint(code);
  });
}
