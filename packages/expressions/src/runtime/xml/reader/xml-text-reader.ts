import { DotnetException } from '../../exceptions.js';
import {
  isAttributeValueChar,
  isCharData,
  isHighSurrogate,
  isLowSurrogate,
  isNCNameChar,
  isStartNCNameChar,
  isTextChar,
  isWhiteSpace,
  trimXmlWhitespace,
} from '../xml-chars.js';
import { charExceptionArgs, Res, XML_EXCEPTION } from '../xml-exception.js';
import { XML_NAMESPACE, XMLNS_NAMESPACE } from '../xml-namespaces.js';
import { type DocumentTypeInfo, parseDoctype } from './dtd-parser.js';
import type { ReaderAttribute, ReaderNode } from './reader-nodes.js';
import { normalizeEol, Scanner } from './scanner.js';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUESTION = 0x3f;
const BANG = 0x21;
const DASH = 0x2d;
const BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const SEMICOLON = 0x3b;
const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;

/** `xml:space` in scope. */
type XmlSpace = 'none' | 'default' | 'preserve';

/** An element whose content is being read. */
interface OpenElement {
  readonly prefix: string;
  readonly localName: string;
  readonly lineNo: number;
  readonly linePos: number;
  readonly scope: Scope;
}

/** The namespace and `xml:space` context of an element (.NET's `XmlContext` and namespace scope). */
interface Scope {
  readonly namespaces: Map<string, string>;
  readonly parent: Scope | null;
  defaultNamespace: string;
  xmlSpace: XmlSpace;
}

/** How a character or entity reference was handled. */
type EntityOutcome =
  | { readonly kind: 'character'; readonly text: string; readonly end: number; readonly whitespace: boolean }
  | { readonly kind: 'expanded' }
  | { readonly kind: 'skipped' };

export interface ReaderOptions {
  /** Report whitespace-only text (`LoadOptions.PreserveWhitespace`); otherwise it is skipped. */
  readonly preserveWhitespace: boolean;
}

/**
 * A port of .NET's `XmlTextReaderImpl` as `XDocument.Parse` and `XElement.Parse` configure it
 * (`XmlReader.Create` over a string, DTDs parsed, entities expanded, whitespace ignored unless
 * `PreserveWhitespace`). It follows .NET's parsing functions closely, so that malformed input
 * fails with .NET's messages and positions, including their quirks at the end of the input.
 */
export class XmlTextReader extends Scanner {
  readonly #preserveWhitespace: boolean;
  #state: 'declaration' | 'document' | 'element' | 'eof' = 'declaration';
  readonly #open: OpenElement[] = [];
  #rootElementParsed = false;
  #dtd: DocumentTypeInfo | null = null;
  #scope: Scope;
  /** For each entity being expanded, how many elements were open where it was referred to. */
  readonly #entityDepths: number[] = [];

  constructor(text: string, options: ReaderOptions) {
    super(text);
    this.#preserveWhitespace = options.preserveWhitespace;
    this.#scope = {
      namespaces: new Map([
        ['xml', XML_NAMESPACE],
        ['xmlns', XMLNS_NAMESPACE],
        ['', ''],
      ]),
      parent: null,
      defaultNamespace: '',
      xmlSpace: 'none',
    };
  }

  /** The next node, or null at the end of the document. */
  read(): ReaderNode | null {
    for (;;) {
      switch (this.#state) {
        case 'declaration': {
          this.#state = 'document';
          const declaration = this.#parseXmlDeclaration();
          if (declaration !== null) return declaration;
          continue;
        }
        case 'document': {
          const node = this.#parseDocumentContent();
          if (node === null) this.#state = 'eof';
          return node;
        }
        case 'element':
          return this.#parseElementContent();
        case 'eof':
          return null;
      }
    }
  }

  // ---- document level -------------------------------------------------------------------------

  #parseXmlDeclaration(): ReaderNode | null {
    const ps = this.ps;
    if (ps.charsUsed - ps.charPos < 6) return null;
    if (
      !this.startsWith(ps.charPos, '<?xml') ||
      isNCNameChar(this.ch(ps.charPos + 5)) ||
      this.ch(ps.charPos + 5) === COLON
    ) {
      return null;
    }
    ps.charPos += 5;
    let state = 0;
    let version: string | null = null;
    let encoding: string | null = null;
    let standalone: string | null = null;
    for (;;) {
      const whitespace = this.eatWhitespaces();
      if (this.ch(ps.charPos) === QUESTION) {
        if (this.ch(ps.charPos + 1) === GT) {
          if (state === 0) this.fail(Res.InvalidXmlDecl);
          ps.charPos += 2;
          return { type: 'XmlDeclaration', version, encoding, standalone };
        }
        if (ps.charPos + 1 === ps.charsUsed) this.fail(Res.UnexpectedEOF1);
        this.failUnexpectedToken("'>'");
      }
      if (whitespace === 0 && state !== 0) this.failUnexpectedToken('?>');
      const nameEnd = this.parseName();
      const name = ps.chars.slice(ps.charPos, nameEnd);
      if (name === 'version' && state === 0) {
        // value checked below
      } else if (name === 'encoding' && state === 1) {
        state = 1;
      } else if (name === 'standalone' && (state === 1 || state === 2)) {
        state = 2;
      } else this.fail(Res.InvalidXmlDecl);
      ps.charPos = nameEnd;
      if (this.ch(ps.charPos) !== 0x3d) {
        this.eatWhitespaces();
        if (this.ch(ps.charPos) !== 0x3d) this.failUnexpectedToken('=');
      }
      ps.charPos++;
      let quote = this.ch(ps.charPos);
      if (quote !== QUOTE && quote !== APOSTROPHE) {
        this.eatWhitespaces();
        quote = this.ch(ps.charPos);
        if (quote !== QUOTE && quote !== APOSTROPHE) this.failUnexpectedToken('"', "'");
      }
      ps.charPos++;
      let pos = ps.charPos;
      while (isAttributeValueChar(this.ch(pos))) pos++;
      if (this.ch(pos) === quote) {
        const value = ps.chars.slice(ps.charPos, pos);
        if (state === 0) {
          if (value !== '1.0') this.fail(Res.InvalidVersionNumber, [value]);
          version = value;
          state = 1;
        } else if (state === 1) {
          encoding = value;
          state = 2;
        } else {
          if (value !== 'yes' && value !== 'no')
            this.failAt(Res.InvalidXmlDecl, [''], this.lineNo, this.linePos - 1);
          standalone = value;
          state = 3;
        }
        ps.charPos = pos + 1;
        continue;
      }
      if (pos === ps.charsUsed) this.fail(Res.UnclosedQuote);
      this.fail(Res.InvalidXmlDecl);
    }
  }

  #parseDocumentContent(): ReaderNode | null {
    for (;;) {
      const ps = this.ps;
      let pos = ps.charPos;
      let needMoreChars = false;
      const c = this.ch(pos);
      if (c === LT) {
        needMoreChars = true;
        if (ps.charsUsed - pos >= 4) {
          pos++;
          switch (this.ch(pos)) {
            case QUESTION: {
              ps.charPos = pos + 1;
              const pi = this.#parsePI();
              if (pi !== null) return pi;
              continue;
            }
            case BANG:
              pos++;
              if (ps.charsUsed - pos < 2) break;
              if (this.ch(pos) === DASH) {
                if (this.ch(pos + 1) === DASH) {
                  ps.charPos = pos + 2;
                  return this.#parseCDataOrComment('Comment');
                }
                this.failUnexpectedToken('-', null, pos + 1);
              }
              if (this.ch(pos) === BRACKET) this.fail(Res.InvalidRootData, [''], ps.charPos);
              ps.charPos = pos;
              return this.#parseDoctypeDecl();
            case SLASH:
              this.fail(Res.UnexpectedEndTag, [''], pos + 1);
              break;
            default:
              if (this.#rootElementParsed) this.fail(Res.MultipleRoots, [''], pos);
              ps.charPos = pos;
              this.#rootElementParsed = true;
              return this.#parseElement();
          }
        }
      } else if (c === AMP) {
        this.fail(Res.InvalidRootData, [''], pos);
      } else if (pos !== ps.charsUsed) {
        const whitespace = this.#parseRootLevelWhitespace();
        if (whitespace !== null) return whitespace;
        continue;
      }
      // No more data.
      if (needMoreChars) this.fail(Res.InvalidRootData);
      if (!this.#rootElementParsed) this.failWithoutLine(Res.MissingRoot);
      return null;
    }
  }

  #parseRootLevelWhitespace(): ReaderNode | null {
    const collected: string[] = [];
    this.eatWhitespaces(this.#preserveWhitespace ? collected : null);
    const ps = this.ps;
    if (this.ch(ps.charPos) === LT || ps.charsUsed === ps.charPos) {
      const value = collected.join('');
      return value.length > 0 ? { type: 'Whitespace', value } : null;
    }
    if (isCharData(this.ch(ps.charPos))) this.fail(Res.InvalidRootData);
    this.failInvalidChar(ps.charPos);
  }

  #parseDoctypeDecl(): ReaderNode {
    const ps = this.ps;
    if (ps.charsUsed - ps.charPos < 8) this.fail(Res.UnexpectedEOF, ['DOCTYPE']);
    if (!this.startsWith(ps.charPos, 'DOCTYPE')) {
      this.failUnexpectedToken(!this.#rootElementParsed && this.#dtd === null ? 'DOCTYPE' : '<!--');
    }
    if (!isWhiteSpace(this.ch(ps.charPos + 7))) this.failExpectingWhitespace(ps.charPos + 7);
    if (this.#dtd !== null) this.fail(Res.MultipleDTDsProvided, [''], ps.charPos - 2);
    if (this.#rootElementParsed) this.fail(Res.DtdAfterRootElement, [''], ps.charPos - 2);
    ps.charPos += 8;
    this.eatWhitespaces();
    const dtd = parseDoctype(this);
    this.#dtd = dtd;
    return {
      type: 'DocumentType',
      name: dtd.name,
      publicId: dtd.publicId,
      systemId: dtd.systemId,
      internalSubset: dtd.internalSubset,
    };
  }

  // ---- element content ------------------------------------------------------------------------

  #parseElementContent(): ReaderNode {
    for (;;) {
      const ps = this.ps;
      let pos = ps.charPos;
      const c = this.ch(pos);
      if (c === LT) {
        switch (this.ch(pos + 1)) {
          case QUESTION: {
            ps.charPos = pos + 2;
            const pi = this.#parsePI();
            if (pi !== null) return pi;
            continue;
          }
          case BANG:
            pos += 2;
            if (ps.charsUsed - pos < 2) break;
            if (this.ch(pos) === DASH) {
              if (this.ch(pos + 1) === DASH) {
                ps.charPos = pos + 2;
                return this.#parseCDataOrComment('Comment');
              }
              this.failUnexpectedToken('-', null, pos + 1);
            }
            if (this.ch(pos) === BRACKET) {
              pos++;
              if (ps.charsUsed - pos < 6) break;
              if (this.startsWith(pos, 'CDATA[')) {
                ps.charPos = pos + 6;
                return this.#parseCDataOrComment('CDATA');
              }
              this.failUnexpectedToken('CDATA[', null, pos);
            }
            if (this.unexpectedToken(pos) === 'DOCTYPE') this.fail(Res.BadDTDLocation);
            this.failUnexpectedToken('<!--', '<[CDATA[', pos);
            break;
          case SLASH:
            ps.charPos = pos + 2;
            return this.#parseEndElement();
          default:
            if (pos + 1 === ps.charsUsed) break;
            ps.charPos = pos + 1;
            return this.#parseElement();
        }
      } else if (c === AMP || pos !== ps.charsUsed) {
        const text = this.#parseText();
        if (text !== null) return text;
        continue;
      }
      // No more data in this input.
      if (ps.charsUsed - ps.charPos !== 0 || !this.inEntity) this.#throwUnclosedElements();
      this.#endEntity();
    }
  }

  /** Leaves an entity's replacement text; elements must close in the entity they opened in. */
  #endEntity(): void {
    const depth = this.#entityDepths.pop();
    if (depth !== this.#open.length) this.fail(Res.IncompleteEntity);
    this.popEntity();
  }

  #throwUnclosedElements(): never {
    const names = this.#open
      .map((element) =>
        element.prefix.length > 0 ? `${element.prefix}:${element.localName}` : element.localName,
      )
      .reverse();
    const list = names.length === 0 ? '' : `${names.join(', ')}.`;
    this.fail(Res.UnexpectedEOFInElementContent, [list], this.ps.charsUsed);
  }

  // ---- elements -------------------------------------------------------------------------------

  #parseElement(): ReaderNode {
    const ps = this.ps;
    let pos = ps.charPos;
    let colonPos = -1;
    const lineNo = this.lineNo;
    const linePos = this.linePos;
    let slow = false;
    for (;;) {
      if (!isStartNCNameChar(this.ch(pos))) {
        slow = true;
        break;
      }
      pos++;
      while (isNCNameChar(this.ch(pos))) pos++;
      if (this.ch(pos) === COLON) {
        if (colonPos !== -1) this.fail(Res.BadNameChar, charExceptionArgs(COLON, 0), pos);
        colonPos = pos;
        pos++;
        continue;
      }
      if (pos + 1 >= ps.charsUsed) slow = true;
      break;
    }
    if (slow) {
      const name = this.parseQName();
      pos = name.end;
      colonPos = name.colon;
    }
    const prefix = colonPos === -1 ? '' : ps.chars.slice(ps.charPos, colonPos);
    const localName = ps.chars.slice(colonPos === -1 ? ps.charPos : colonPos + 1, pos);
    const scope: Scope = {
      namespaces: new Map(),
      parent: this.#scope,
      defaultNamespace: this.#scope.defaultNamespace,
      xmlSpace: this.#scope.xmlSpace,
    };
    this.#scope = scope;
    let attributes: ReaderAttribute[] = [];
    let isEmpty = false;
    const c = this.ch(pos);
    if (isWhiteSpace(c)) {
      ps.charPos = pos;
      const parsed = this.#parseAttributes(scope);
      attributes = parsed.attributes;
      isEmpty = parsed.isEmpty;
    } else if (c === GT) {
      ps.charPos = pos + 1;
    } else if (c === SLASH) {
      if (pos + 1 === ps.charsUsed) this.fail(Res.UnexpectedEOF, ['>'], pos);
      if (this.ch(pos + 1) !== GT) this.failUnexpectedToken('>', null, pos);
      isEmpty = true;
      ps.charPos = pos + 2;
    } else {
      this.fail(Res.BadNameChar, charExceptionArgs(c, this.ch(pos + 1)), pos);
    }
    const ns = prefix.length === 0 ? scope.defaultNamespace : this.#lookupNamespace(prefix, lineNo, linePos);
    if (attributes.length > 0) this.#finishAttributes(attributes);
    if (isEmpty) {
      this.#scope = scope.parent ?? scope;
    } else {
      this.#open.push({ prefix, localName, lineNo, linePos, scope });
      this.#state = 'element';
    }
    return { type: 'Element', prefix, localName, ns, attributes, isEmpty };
  }

  #lookupNamespace(prefix: string, lineNo: number, linePos: number): string {
    for (let scope: Scope | null = this.#scope; scope !== null; scope = scope.parent) {
      const ns = scope.namespaces.get(prefix);
      if (ns !== undefined) return ns;
    }
    this.failAt(Res.UnknownNs, [prefix], lineNo, linePos);
  }

  #parseAttributes(scope: Scope): { attributes: ReaderAttribute[]; isEmpty: boolean } {
    const attributes: ReaderAttribute[] = [];
    let pos = this.ps.charPos;
    for (;;) {
      const ps = this.ps;
      let lineNoDelta = 0;
      let readData = false;
      for (;;) {
        const w = this.ch(pos);
        if (!isWhiteSpace(w)) break;
        if (w === LF) {
          this.onNewLine(pos + 1);
          lineNoDelta++;
        } else if (w === CR) {
          if (this.ch(pos + 1) === LF) {
            this.onNewLine(pos + 2);
            lineNoDelta++;
            pos++;
          } else if (pos + 1 !== ps.charsUsed) {
            this.onNewLine(pos + 1);
            lineNoDelta++;
          } else {
            ps.charPos = pos;
            readData = true;
            break;
          }
        }
        pos++;
      }
      const c = this.ch(pos);
      if (!readData && !isStartNCNameChar(c)) {
        if (c === GT) {
          ps.charPos = pos + 1;
          return { attributes, isEmpty: false };
        }
        if (c === SLASH) {
          if (pos + 1 !== ps.charsUsed) {
            if (this.ch(pos + 1) === GT) {
              ps.charPos = pos + 2;
              return { attributes, isEmpty: true };
            }
            this.failUnexpectedToken('>', null, pos + 1);
          }
          readData = true;
        } else if (pos === ps.charsUsed) readData = true;
        else this.fail(Res.BadStartNameChar, charExceptionArgs(c, this.ch(pos + 1)), pos);
      }
      if (readData) {
        ps.lineNo -= lineNoDelta;
        this.#throwUnclosedElements();
      }
      if (pos === ps.charPos) this.failExpectingWhitespace(pos);
      ps.charPos = pos;
      const nameLinePos = this.linePos;
      let colonPos = -1;
      pos++;
      for (;;) {
        while (isNCNameChar(this.ch(pos))) pos++;
        if (this.ch(pos) === COLON) {
          if (colonPos !== -1) this.fail(Res.BadNameChar, charExceptionArgs(COLON, 0), pos);
          colonPos = pos;
          pos++;
          if (isStartNCNameChar(this.ch(pos))) {
            pos++;
            continue;
          }
          const name = this.parseQName();
          pos = name.end;
          colonPos = name.colon;
        } else if (pos + 1 >= ps.charsUsed) {
          const name = this.parseQName();
          pos = name.end;
          colonPos = name.colon;
        }
        break;
      }
      const prefix = colonPos === -1 ? '' : ps.chars.slice(ps.charPos, colonPos);
      const localName = ps.chars.slice(colonPos === -1 ? ps.charPos : colonPos + 1, pos);
      const lineNo = this.lineNo;
      if (this.ch(pos) !== 0x3d) {
        ps.charPos = pos;
        this.eatWhitespaces();
        pos = ps.charPos;
        if (this.ch(pos) !== 0x3d) this.failUnexpectedToken('=');
      }
      pos++;
      let quote = this.ch(pos);
      if (quote !== QUOTE && quote !== APOSTROPHE) {
        ps.charPos = pos;
        this.eatWhitespaces();
        pos = ps.charPos;
        quote = this.ch(pos);
        if (quote !== QUOTE && quote !== APOSTROPHE) this.failUnexpectedToken('"', "'");
      }
      pos++;
      ps.charPos = pos;
      const valueLineNo = this.lineNo;
      const valueLinePos = this.linePos;
      while (isAttributeValueChar(this.ch(pos))) pos++;
      let value: string;
      if (this.ch(pos) === quote) {
        value = ps.chars.slice(ps.charPos, pos);
        pos++;
        ps.charPos = pos;
      } else {
        value = this.#parseAttributeValueSlow(pos, quote);
        pos = this.ps.charPos;
      }
      const attribute: ReaderAttribute = { prefix, localName, ns: '', value, lineNo, linePos: nameLinePos };
      attributes.push(attribute);
      this.#onSpecialAttribute(attribute, scope, valueLineNo, valueLinePos);
    }
  }

  /** Namespace declarations and `xml:` attributes take effect as they are read. */
  #onSpecialAttribute(
    attribute: ReaderAttribute,
    scope: Scope,
    valueLineNo: number,
    valueLinePos: number,
  ): void {
    if (attribute.prefix.length === 0) {
      if (attribute.localName === 'xmlns') {
        attribute.ns = XMLNS_NAMESPACE;
        scope.defaultNamespace = attribute.value;
        this.#addNamespace('', attribute.value, attribute, scope, valueLineNo, valueLinePos);
      }
    } else if (attribute.prefix === 'xmlns') {
      if (attribute.value.length === 0)
        this.failAt(Res.BadNamespaceDecl, [''], valueLineNo, valueLinePos - 1);
      this.#addNamespace(attribute.localName, attribute.value, attribute, scope, valueLineNo, valueLinePos);
    } else if (attribute.prefix === 'xml') {
      if (attribute.localName === 'space') {
        const value = trimXmlWhitespace(attribute.value);
        if (value === 'preserve') scope.xmlSpace = 'preserve';
        else if (value === 'default') scope.xmlSpace = 'default';
        else this.failAt(Res.InvalidXmlSpace, [attribute.value], attribute.lineNo, attribute.linePos);
      }
    }
  }

  #addNamespace(
    prefix: string,
    uri: string,
    attribute: ReaderAttribute,
    scope: Scope,
    valueLineNo: number,
    valueLinePos: number,
  ): void {
    if (uri === XMLNS_NAMESPACE) {
      if (prefix === 'xmlns') this.failAt(Res.XmlnsPrefix, [''], valueLineNo, valueLinePos);
      this.failAt(Res.NamespaceDeclXmlXmlns, [prefix], valueLineNo, valueLinePos);
    } else if (uri === XML_NAMESPACE && prefix !== 'xml') {
      this.failAt(Res.NamespaceDeclXmlXmlns, [prefix], valueLineNo, valueLinePos);
    }
    if (uri.length === 0 && prefix.length > 0) {
      this.failAt(Res.BadNamespaceDecl, [''], attribute.lineNo, attribute.linePos);
    }
    if (prefix === 'xml' && uri !== XML_NAMESPACE) {
      this.failAt(Res.XmlPrefix, [''], attribute.lineNo, attribute.linePos);
    }
    if (prefix === 'xmlns') this.failAt(Res.XmlnsPrefix, [''], attribute.lineNo, attribute.linePos);
    scope.namespaces.set(prefix, uri);
  }

  /** After the start tag: the namespaces of prefixed attributes, then duplicate attributes. */
  #finishAttributes(attributes: ReaderAttribute[]): void {
    for (const attribute of attributes) {
      if (attribute.prefix.length > 0) {
        attribute.ns = this.#lookupNamespace(attribute.prefix, attribute.lineNo, attribute.linePos);
      }
    }
    for (let i = 0; i < attributes.length; i++) {
      for (let j = i + 1; j < attributes.length; j++) {
        const a = attributes[i]!;
        const b = attributes[j]!;
        if (a.localName === b.localName && a.ns === b.ns) {
          const name = b.prefix.length > 0 ? `${b.prefix}:${b.localName}` : b.localName;
          this.failAt(Res.DupAttributeName, [name], b.lineNo, b.linePos);
        }
      }
    }
  }

  #parseAttributeValueSlow(start: number, quote: number): string {
    let pos = start;
    let value = '';
    const baseEntityId = this.ps.entityId;
    for (;;) {
      const ps = this.ps;
      while (isAttributeValueChar(this.ch(pos))) pos++;
      if (pos > ps.charPos) {
        value += ps.chars.slice(ps.charPos, pos);
        ps.charPos = pos;
      }
      const c = this.ch(pos);
      if (c === quote && baseEntityId === ps.entityId) break;
      if (c === LF) {
        pos++;
        this.onNewLine(pos);
        value += ' ';
        ps.charPos++;
        continue;
      }
      if (c === CR) {
        if (this.ch(pos + 1) === LF) {
          pos += 2;
          value += ps.eolNormalized ? '  ' : ' ';
        } else {
          pos++;
          value += ' ';
        }
        ps.charPos = pos;
        this.onNewLine(pos);
        continue;
      }
      if (c === TAB) {
        pos++;
        value += ' ';
        ps.charPos++;
        continue;
      }
      if (c === QUOTE || c === APOSTROPHE || c === GT) {
        pos++;
        continue;
      }
      if (c === LT) this.fail(Res.BadAttributeChar, charExceptionArgs(LT, 0), pos);
      if (c === AMP) {
        ps.charPos = pos;
        const outcome = this.#handleEntityReference(true);
        if (outcome.kind === 'character') {
          value += outcome.text;
          this.ps.charPos = outcome.end;
        }
        pos = this.ps.charPos;
        continue;
      }
      if (pos === ps.charsUsed) {
        if (!this.inEntity) this.fail(Res.UnclosedQuote);
        this.#entityDepths.pop();
        this.popEntity();
        pos = this.ps.charPos;
        continue;
      }
      if (isHighSurrogate(c) && isLowSurrogate(this.ch(pos + 1))) {
        pos += 2;
        continue;
      }
      this.failInvalidChar(pos);
    }
    this.ps.charPos = pos + 1;
    return value;
  }

  #parseEndElement(): ReaderNode {
    const element = this.#open[this.#open.length - 1]!;
    const ps = this.ps;
    let nameLength: number;
    if (element.prefix.length === 0) {
      if (!this.startsWith(ps.charPos, element.localName)) this.#throwTagMismatch(element);
      nameLength = element.localName.length;
    } else {
      const colon = ps.charPos + element.prefix.length;
      if (
        !this.startsWith(ps.charPos, element.prefix) ||
        this.ch(colon) !== COLON ||
        !this.startsWith(colon + 1, element.localName)
      ) {
        this.#throwTagMismatch(element);
      }
      nameLength = element.prefix.length + 1 + element.localName.length;
    }
    let pos = ps.charPos + nameLength;
    if (pos === ps.charsUsed) this.#throwUnclosedElements();
    if (isNCNameChar(this.ch(pos)) || this.ch(pos) === COLON) this.#throwTagMismatch(element);
    if (this.ch(pos) !== GT) {
      for (;;) {
        const w = this.ch(pos);
        if (!isWhiteSpace(w)) break;
        pos++;
        if (w === LF) this.onNewLine(pos);
        else if (w === CR) {
          if (this.ch(pos) === LF) pos++;
          this.onNewLine(pos);
        }
      }
    }
    if (this.ch(pos) !== GT) {
      if (pos === ps.charsUsed) this.#throwUnclosedElements();
      this.failUnexpectedToken('>', null, pos);
    }
    this.#open.pop();
    this.#scope = element.scope.parent ?? element.scope;
    ps.charPos = pos + 1;
    this.#state = this.#open.length > 0 ? 'element' : 'document';
    return { type: 'EndElement' };
  }

  #throwTagMismatch(element: OpenElement): never {
    const { end } = this.parseQName();
    const name = element.prefix.length > 0 ? `${element.prefix}:${element.localName}` : element.localName;
    const found = this.ps.chars.slice(this.ps.charPos, end);
    this.fail(Res.TagMismatchEx, [name, String(element.lineNo), String(element.linePos), found]);
  }

  // ---- text ---------------------------------------------------------------------------------

  /** A text node, or null for whitespace that is not reported (or no text at all). */
  #parseText(): ReaderNode | null {
    let value = '';
    let nonWhitespace = false;
    for (;;) {
      const chunk = this.#parseTextChunk();
      value += chunk.text;
      nonWhitespace ||= chunk.nonWhitespace;
      if (chunk.complete) break;
    }
    if (value.length === 0) return null;
    if (nonWhitespace) return { type: 'Text', value };
    if (this.#scope.xmlSpace === 'preserve') return { type: 'SignificantWhitespace', value };
    return this.#preserveWhitespace ? { type: 'Whitespace', value } : null;
  }

  /**
   * .NET's `ParseText(out startPos, out endPos, ref orChars)`: text up to `<` (complete), or up
   * to a general entity reference or the end of the input (partial).
   */
  #parseTextChunk(): { text: string; nonWhitespace: boolean; complete: boolean } {
    let ps = this.ps;
    let pos = ps.charPos;
    let text = '';
    let nonWhitespace = false;
    let segment = pos;
    const flush = (to: number) => {
      if (to > segment) text += ps.chars.slice(segment, to);
    };
    for (;;) {
      let c = this.ch(pos);
      while (isTextChar(c)) {
        if (c > 0x20) nonWhitespace = true;
        c = this.ch(++pos);
      }
      if (c === TAB) {
        pos++;
        continue;
      }
      if (c === LF) {
        pos++;
        this.onNewLine(pos);
        continue;
      }
      if (c === CR) {
        flush(pos);
        text += '\n';
        pos += this.ch(pos + 1) === LF ? 2 : 1;
        segment = pos;
        this.onNewLine(pos);
        continue;
      }
      if (c === LT) {
        flush(pos);
        ps.charPos = pos;
        return { text, nonWhitespace, complete: true };
      }
      if (c === AMP) {
        const inline = this.#parseCharRefInline(pos);
        if (inline !== null) {
          flush(pos);
          text += inline.text;
          if (!inline.whitespace) nonWhitespace = true;
          pos = inline.end;
          segment = pos;
          continue;
        }
        if (pos > ps.charPos) {
          flush(pos);
          ps.charPos = pos;
          return { text, nonWhitespace, complete: false };
        }
        const outcome = this.#handleEntityReference(false);
        if (outcome.kind === 'character') {
          text += outcome.text;
          if (!outcome.whitespace) nonWhitespace = true;
          this.ps.charPos = outcome.end;
        }
        ps = this.ps;
        pos = ps.charPos;
        segment = pos;
        continue;
      }
      if (c === CLOSE_BRACKET) {
        if (this.ch(pos + 1) === CLOSE_BRACKET && this.ch(pos + 2) === GT)
          this.fail(Res.CDATAEndInText, [''], pos);
        nonWhitespace = true;
        pos++;
        continue;
      }
      if (pos === ps.charsUsed) {
        if (pos > ps.charPos) {
          flush(pos);
          ps.charPos = pos;
          return { text, nonWhitespace, complete: false };
        }
        if (!this.inEntity) return { text, nonWhitespace, complete: true };
        this.#endEntity();
        ps = this.ps;
        pos = ps.charPos;
        segment = pos;
        continue;
      }
      if (isHighSurrogate(c) && isLowSurrogate(this.ch(pos + 1))) {
        nonWhitespace = true;
        pos += 2;
        continue;
      }
      this.failInvalidChar(pos);
    }
  }

  // ---- references ---------------------------------------------------------------------------

  /** `ParseCharRefInline`: a character reference at `start` decoded, or null when it is not one (yet). */
  #parseCharRefInline(start: number): { text: string; end: number; whitespace: boolean } | null {
    if (this.ch(start + 1) === HASH) {
      const numeric = this.#parseNumericCharRefInline(start);
      return numeric;
    }
    const named = this.#parseNamedCharRefInline(start);
    if (typeof named === 'number') return null;
    return { text: named.text, end: named.end, whitespace: false };
  }

  /** `&#...;` at `start`: null when the input ends before the reference does. */
  #parseNumericCharRefInline(start: number): { text: string; end: number; whitespace: boolean } | null {
    const ps = this.ps;
    let pos = start + 2;
    let value = 0;
    let digitPos: number;
    let bad: string;
    if (this.ch(pos) === 0x78) {
      pos++;
      digitPos = pos;
      bad = Res.BadHexEntity;
      for (;;) {
        const c = this.ch(pos);
        let digit: number;
        if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
        else if (c >= 0x61 && c <= 0x66) digit = c - 0x61 + 10;
        else if (c >= 0x41 && c <= 0x46) digit = c - 0x41 + 10;
        else break;
        value = value * 16 + digit;
        if (value > 0x7fffffff) this.fail(Res.CharEntityOverflow, [''], pos);
        pos++;
      }
    } else if (pos < ps.charsUsed) {
      digitPos = pos;
      bad = Res.BadDecimalEntity;
      while (this.ch(pos) >= 0x30 && this.ch(pos) <= 0x39) {
        value = value * 10 + (this.ch(pos) - 0x30);
        if (value > 0x7fffffff) this.fail(Res.CharEntityOverflow, [''], pos);
        pos++;
      }
    } else return null;
    if (this.ch(pos) !== SEMICOLON || digitPos === pos) {
      if (pos === ps.charsUsed) return null;
      this.fail(bad, [''], pos);
    }
    const errorPos = this.ch(start + 2) === 0x78 ? start + 3 : start + 2;
    if (value <= 0xffff) {
      if (!isCharData(value)) this.fail(Res.InvalidCharacter, charExceptionArgs(value, 0), errorPos);
      return { text: String.fromCharCode(value), end: pos + 1, whitespace: isWhiteSpace(value) };
    }
    const v = value - 0x10000;
    const high = (0xd800 + Math.floor(v / 1024)) & 0xffff;
    const low = 0xdc00 + (v % 1024);
    if (!isHighSurrogate(high)) this.fail(Res.InvalidCharacter, charExceptionArgs(high, low), errorPos);
    return { text: String.fromCharCode(high, low), end: pos + 1, whitespace: false };
  }

  /** `&amp;`, `&apos;`, `&quot;`, `&lt;`, `&gt;` at `start`; -1 when it is none, -2 when the input ends too soon. */
  #parseNamedCharRefInline(start: number): { text: string; end: number } | -1 | -2 {
    const used = this.ps.charsUsed;
    let pos = start + 1;
    const at = (offset: number) => this.ch(pos + offset);
    switch (this.ch(pos)) {
      case 0x61: // a
        pos++;
        if (at(0) === 0x6d) {
          if (used - pos >= 3) {
            return at(1) === 0x70 && at(2) === SEMICOLON ? { text: '&', end: pos + 3 } : -1;
          }
        } else if (at(0) === 0x70) {
          if (used - pos >= 4) {
            return at(1) === 0x6f && at(2) === 0x73 && at(3) === SEMICOLON ? { text: "'", end: pos + 4 } : -1;
          }
        } else if (pos < used) return -1;
        return -2;
      case 0x71: // q
        if (used - pos >= 5) {
          return at(1) === 0x75 && at(2) === 0x6f && at(3) === 0x74 && at(4) === SEMICOLON
            ? { text: '"', end: pos + 5 }
            : -1;
        }
        return -2;
      case 0x6c: // l
        if (used - pos >= 3) return at(1) === 0x74 && at(2) === SEMICOLON ? { text: '<', end: pos + 3 } : -1;
        return -2;
      case 0x67: // g
        if (used - pos >= 3) return at(1) === 0x74 && at(2) === SEMICOLON ? { text: '>', end: pos + 3 } : -1;
        return -2;
      default:
        return -1;
    }
  }

  /** `HandleEntityReference` at `ps.charPos` (on `&`): a character, or a general entity expanded or skipped. */
  #handleEntityReference(inAttribute: boolean): EntityOutcome {
    const ps = this.ps;
    if (ps.charPos + 1 === ps.charsUsed) this.fail(Res.UnexpectedEOF1);
    if (this.ch(ps.charPos + 1) === HASH) {
      const numeric = this.#parseNumericCharRefInline(ps.charPos);
      if (numeric === null) this.fail(Res.UnexpectedEOF);
      return { kind: 'character', ...numeric };
    }
    const named = this.#parseNamedCharRefInline(ps.charPos);
    if (typeof named !== 'number')
      return { kind: 'character', text: named.text, end: named.end, whitespace: false };
    ps.charPos++;
    const savedLinePos = this.linePos;
    let end: number;
    try {
      end = this.parseName();
    } catch (error) {
      if (error instanceof DotnetException && error.type === XML_EXCEPTION) {
        this.failAt(Res.ErrorParsingEntityName, [''], this.lineNo, savedLinePos);
      }
      throw error;
    }
    if (this.ch(end) !== SEMICOLON) this.failUnexpectedToken(';', null, end);
    const entityLinePos = this.linePos;
    const name = ps.chars.slice(ps.charPos, end);
    ps.charPos = end + 1;
    return this.#handleGeneralEntityReference(name, inAttribute, entityLinePos);
  }

  #handleGeneralEntityReference(name: string, inAttribute: boolean, linePos: number): EntityOutcome {
    const entity = this.#dtd?.entities.get(name);
    if (entity === undefined) this.failAt(Res.UndeclaredEntity, [name], this.lineNo, linePos);
    if (entity.unparsed) this.failAt(Res.UnparsedEntityRef, [name], this.lineNo, linePos);
    if (entity.text === null) {
      if (inAttribute) this.failAt(Res.ExternalEntityInAttValue, [name], this.lineNo, linePos);
      return { kind: 'skipped' };
    }
    this.pushEntity(entity);
    this.#entityDepths.push(this.#open.length);
    return { kind: 'expanded' };
  }

  // ---- comments, CDATA, processing instructions -------------------------------------------------

  #parseCDataOrComment(type: 'Comment' | 'CDATA'): ReaderNode {
    const stop = type === 'Comment' ? DASH : CLOSE_BRACKET;
    let value = '';
    for (;;) {
      const ps = this.ps;
      if (ps.charsUsed - ps.charPos < 3) this.fail(Res.UnexpectedEOF, [type]);
      let pos = ps.charPos;
      let partial = false;
      for (;;) {
        let c = this.ch(pos);
        while (isTextChar(c) && c !== stop) c = this.ch(++pos);
        if (c === stop) {
          if (this.ch(pos + 1) === stop) {
            if (this.ch(pos + 2) === GT) {
              value += normalizeEol(ps.chars.slice(ps.charPos, pos));
              ps.charPos = pos + 3;
              return { type, value };
            }
            if (pos + 2 === ps.charsUsed) {
              partial = true;
              break;
            }
            if (type === 'Comment') this.fail(Res.InvalidCommentChars, [''], pos);
          } else if (pos + 1 === ps.charsUsed) {
            partial = true;
            break;
          }
          pos++;
          continue;
        }
        if (c === LF) {
          pos++;
          this.onNewLine(pos);
          continue;
        }
        if (c === CR) {
          pos += this.ch(pos + 1) === LF ? 2 : 1;
          this.onNewLine(pos);
          continue;
        }
        if (c === LT || c === AMP || c === CLOSE_BRACKET || c === TAB) {
          pos++;
          continue;
        }
        if (pos === ps.charsUsed) {
          partial = true;
          break;
        }
        if (isHighSurrogate(c) && isLowSurrogate(this.ch(pos + 1))) {
          pos += 2;
          continue;
        }
        this.failInvalidChar(pos);
      }
      if (partial) {
        value += normalizeEol(ps.chars.slice(ps.charPos, pos));
        ps.charPos = pos;
      }
    }
  }

  /** A processing instruction from its target (after `<?`). */
  #parsePI(): ReaderNode | null {
    const ps = this.ps;
    const nameEnd = this.parseName();
    const target = ps.chars.slice(ps.charPos, nameEnd);
    if (target.toLowerCase() === 'xml') {
      this.fail(target === 'xml' ? Res.XmlDeclNotFirst : Res.InvalidPIName, [target]);
    }
    ps.charPos = nameEnd;
    const c = this.ch(ps.charPos);
    if (this.eatWhitespaces() === 0) {
      if (c !== QUESTION || this.ch(ps.charPos + 1) !== GT) {
        this.fail(Res.BadNameChar, charExceptionArgs(this.ch(ps.charPos), this.ch(ps.charPos + 1)));
      }
    }
    let value = '';
    for (;;) {
      if (ps.charsUsed - ps.charPos < 2) this.fail(Res.UnexpectedEOF, ['PI'], ps.charsUsed);
      let pos = ps.charPos;
      for (;;) {
        let c2 = this.ch(pos);
        while (isTextChar(c2) && c2 !== QUESTION) c2 = this.ch(++pos);
        if (c2 === QUESTION) {
          if (this.ch(pos + 1) === GT) {
            value += normalizeEol(ps.chars.slice(ps.charPos, pos));
            ps.charPos = pos + 2;
            return { type: 'ProcessingInstruction', name: target, value };
          }
          if (pos + 1 === ps.charsUsed) break;
          pos++;
          continue;
        }
        if (c2 === LF) {
          pos++;
          this.onNewLine(pos);
          continue;
        }
        if (c2 === CR) {
          pos += this.ch(pos + 1) === LF ? 2 : 1;
          this.onNewLine(pos);
          continue;
        }
        if (c2 === LT || c2 === AMP || c2 === CLOSE_BRACKET || c2 === TAB) {
          pos++;
          continue;
        }
        if (pos === ps.charsUsed) break;
        if (isHighSurrogate(c2) && isLowSurrogate(this.ch(pos + 1))) {
          pos += 2;
          continue;
        }
        this.failInvalidChar(pos);
      }
      value += normalizeEol(ps.chars.slice(ps.charPos, pos));
      ps.charPos = pos;
    }
  }
}
