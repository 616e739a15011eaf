import type { Diagnostic, DiagnosticData, LineMap, Range, SourceLocation } from '@apim-policy/expressions';
import { findBareAmpersand } from './decode.js';
import { type DocumentDiagnosticCode, documentDiagnostic } from './messages.js';
import type { AttributeNode, ContentNode, ElementNode, ExpressionSite } from './model.js';
import { readValue, type ValueOptions } from './values.js';

/** Elements whose content is payload (any markup), kept as text. */
const PAYLOAD_ELEMENTS: ReadonlySet<string> = new Set(['set-body']);
const NAME_CHAR = /[^\s/>="'<]/;
const NAME_START = /^[\p{L}_:]/u;
const VALID_NAME = /^[\p{L}_:][\p{L}\p{N}_:.-]*$/u;

interface OpenElement {
  readonly start: number;
  readonly name: string;
  readonly nameRange: Range;
  readonly attributes: AttributeNode[];
  readonly children: ContentNode[];
  readonly startTagRange: Range;
  /** Inside a Liquid template: `{{...}}` is Liquid's, not a named value. */
  readonly liquid: boolean;
  readonly sites: ExpressionSite[];
}

export interface ScanResult {
  readonly children: readonly ContentNode[];
  readonly expressions: readonly ExpressionSite[];
}

/**
 * Reads the XML structure of a policy file. It works on the masked text (expressions replaced
 * by placeholders of the same length, see `prescan`) for structure, and on the original text for
 * values, so offsets are file offsets throughout. It never throws: what it cannot read becomes a
 * diagnostic, and reading goes on with the nearest sensible structure.
 */
export class XmlScanner {
  readonly #source: string;
  readonly #masked: string;
  readonly #lines: LineMap;
  readonly #options: ValueOptions;
  readonly #diagnostics: Diagnostic[];
  readonly #stack: OpenElement[] = [];
  readonly #top: ContentNode[] = [];
  readonly #expressions: ExpressionSite[] = [];
  #pos = 0;

  constructor(
    source: string,
    masked: string,
    lines: LineMap,
    options: ValueOptions,
    diagnostics: Diagnostic[],
  ) {
    this.#source = source;
    this.#masked = masked;
    this.#lines = lines;
    this.#options = options;
    this.#diagnostics = diagnostics;
  }

  scan(): ScanResult {
    const masked = this.#masked;
    const n = masked.length;
    let textStart = 0;
    while (this.#pos < n) {
      const lt = masked.indexOf('<', this.#pos);
      if (lt < 0) break;
      const next = masked[lt + 1] ?? '';
      const markup = next === '!' || next === '?' || next === '/' || NAME_START.test(next);
      if (!markup) {
        this.#report('xml-raw-lt-in-text', [lt, lt + 1]);
        this.#pos = lt + 1;
        continue;
      }
      this.#text(textStart, lt);
      this.#pos = lt;
      if (masked.startsWith('<!--', lt)) this.#comment(lt);
      else if (masked.startsWith('<![CDATA[', lt)) this.#cdata(lt);
      else if (next === '?') this.#declaration(lt, '?>');
      else if (next === '!') this.#declaration(lt, '>');
      else if (next === '/') this.#closingTag(lt);
      else this.#startTag(lt);
      textStart = this.#pos;
    }
    this.#text(textStart, n);
    while (this.#stack.length > 0) {
      const open = this.#stack[this.#stack.length - 1]!;
      this.#report('xml-unterminated-element', open.startTagRange, { name: open.name });
      this.#close(n);
    }
    return { children: this.#top, expressions: this.#expressions };
  }

  // ---- nodes -------------------------------------------------------------------------------

  #text(start: number, end: number): void {
    if (end <= start) return;
    const masked = this.#masked;
    const bare = findBareAmpersand(masked, start, end);
    if (bare >= 0) this.#report('xml-invalid-entity', [bare, bare + 1]);
    const open = this.#current();
    const blank = masked.slice(start, end).trim() === '';
    if (open === null) {
      if (!blank) this.#report('xml-text-outside-root', [start, end]);
      return;
    }
    const diagnostics = this.#diagnostics;
    const { value, expression } = readValue(
      this.#source,
      start,
      end,
      { decode: true, substituteValues: !open.liquid },
      this.#options,
      this.#lines,
      diagnostics,
    );
    const range: Range = [start, end];
    open.children.push({
      type: 'Text',
      value,
      raw: this.#source.slice(start, end),
      expression,
      range,
      loc: this.#loc(range),
    });
    if (expression !== null) open.sites.push({ expression, element: placeholderElement, attribute: null });
  }

  #comment(lt: number): void {
    const masked = this.#masked;
    const close = masked.indexOf('-->', lt + 4);
    const contentEnd = close < 0 ? masked.length : close;
    const end = close < 0 ? masked.length : close + 3;
    if (close < 0) this.#report('xml-unterminated-comment', [lt, lt + 4]);
    const hyphens = masked.indexOf('--', lt + 4);
    if (hyphens >= 0 && hyphens < contentEnd)
      this.#report('xml-double-hyphen-in-comment', [hyphens, hyphens + 2]);
    else if (close >= 0 && masked[close - 1] === '-' && close - 1 >= lt + 4)
      this.#report('xml-double-hyphen-in-comment', [close - 1, close + 1]);
    const range: Range = [lt, end];
    this.#push({
      type: 'Comment',
      value: this.#source.slice(lt + 4, contentEnd),
      range,
      loc: this.#loc(range),
    });
    this.#pos = end;
  }

  #cdata(lt: number): void {
    const masked = this.#masked;
    const close = masked.indexOf(']]>', lt + 9);
    const contentEnd = close < 0 ? masked.length : close;
    const end = close < 0 ? masked.length : close + 3;
    if (close < 0) this.#report('xml-unterminated-cdata', [lt, lt + 9]);
    const open = this.#current();
    const { value, expression } = readValue(
      this.#source,
      lt + 9,
      contentEnd,
      { decode: false, substituteValues: open === null || !open.liquid },
      this.#options,
      this.#lines,
      this.#diagnostics,
    );
    const range: Range = [lt, end];
    this.#push({
      type: 'CData',
      value,
      raw: this.#source.slice(lt + 9, contentEnd),
      expression,
      range,
      loc: this.#loc(range),
    });
    if (expression !== null && open !== null)
      open.sites.push({ expression, element: placeholderElement, attribute: null });
    this.#pos = end;
  }

  #declaration(lt: number, closing: string): void {
    const close = this.#masked.indexOf(closing, lt + 2);
    const end = close < 0 ? this.#masked.length : close + closing.length;
    if (close < 0) this.#report('xml-unterminated-declaration', [lt, lt + 2], { close: closing });
    const range: Range = [lt, end];
    this.#push({ type: 'Declaration', raw: this.#source.slice(lt, end), range, loc: this.#loc(range) });
    this.#pos = end;
  }

  #closingTag(lt: number): void {
    const masked = this.#masked;
    let i = lt + 2;
    while (i < masked.length && NAME_CHAR.test(masked[i]!)) i++;
    const name = masked.slice(lt + 2, i);
    while (i < masked.length && /\s/.test(masked[i]!)) i++;
    let end: number;
    if (masked[i] === '>') end = i + 1;
    else {
      this.#report('xml-unterminated-tag', [lt, i], { name: `/${name}` });
      end = i;
    }
    this.#pos = end;
    const stack = this.#stack;
    const top = stack[stack.length - 1];
    if (top === undefined) {
      this.#report('xml-unexpected-closing-tag', [lt, end], { name });
      return;
    }
    if (top.name === name) {
      this.#close(end);
      return;
    }
    if (!stack.some((open) => open.name === name)) {
      this.#report('xml-unexpected-closing-tag', [lt, end], { name });
      return;
    }
    this.#report('xml-mismatched-tag', [lt, end], { name, expected: top.name });
    while (stack[stack.length - 1]!.name !== name) this.#close(lt);
    this.#close(end);
  }

  #startTag(lt: number): void {
    const masked = this.#masked;
    const n = masked.length;
    let i = lt + 1;
    while (i < n && NAME_CHAR.test(masked[i]!)) i++;
    const name = masked.slice(lt + 1, i);
    const nameRange: Range = [lt + 1, i];
    if (!VALID_NAME.test(name)) this.#report('xml-invalid-name', nameRange, { text: name });
    const attributes: AttributeNode[] = [];
    const sites: ExpressionSite[] = [];
    let selfClosing = false;
    let tagEnd = -1;
    const parentLiquid = this.#current()?.liquid ?? false;
    for (;;) {
      while (i < n && /\s/.test(masked[i]!)) i++;
      if (i >= n || masked[i] === '<') {
        this.#report('xml-unterminated-tag', [lt, i], { name });
        tagEnd = i;
        break;
      }
      if (masked[i] === '>') {
        tagEnd = i + 1;
        break;
      }
      if (masked.startsWith('/>', i)) {
        selfClosing = true;
        tagEnd = i + 2;
        break;
      }
      const attributeStart = i;
      while (i < n && NAME_CHAR.test(masked[i]!)) i++;
      if (i === attributeStart) {
        // A quote or `=` where an attribute name belongs: what is left of a broken value.
        const previous = attributes[attributes.length - 1]?.name ?? name;
        this.#report('xml-raw-quote-in-attribute', [i, i + 1], { name: previous });
        const recovered = this.#recoverTagEnd(i);
        tagEnd = recovered.end;
        selfClosing = recovered.selfClosing;
        break;
      }
      const attributeName = masked.slice(attributeStart, i);
      const attributeNameRange: Range = [attributeStart, i];
      if (!VALID_NAME.test(attributeName))
        this.#report('xml-invalid-name', attributeNameRange, { text: attributeName });
      let j = i;
      while (j < n && /\s/.test(masked[j]!)) j++;
      if (masked[j] !== '=') {
        this.#report('xml-attribute-without-value', attributeNameRange, { name: attributeName });
        continue;
      }
      j++;
      while (j < n && /\s/.test(masked[j]!)) j++;
      const quote = masked[j];
      if (quote !== '"' && quote !== "'") {
        this.#report('xml-attribute-without-value', attributeNameRange, { name: attributeName });
        i = j;
        continue;
      }
      const valueStart = j + 1;
      const close = masked.indexOf(quote, valueStart);
      if (close < 0) {
        this.#report('xml-unterminated-attribute-value', [j, n], { name: attributeName });
        tagEnd = n;
        break;
      }
      const lessThan = masked.indexOf('<', valueStart);
      if (lessThan >= 0 && lessThan < close)
        this.#report('xml-raw-lt-in-attribute', [lessThan, lessThan + 1], { name: attributeName });
      const bare = findBareAmpersand(masked, valueStart, close);
      if (bare >= 0) this.#report('xml-invalid-entity', [bare, bare + 1]);
      if (attributes.some((attribute) => attribute.name === attributeName))
        this.#report('xml-duplicate-attribute', attributeNameRange, { name: attributeName });
      const { value, expression } = readValue(
        this.#source,
        valueStart,
        close,
        { decode: true, substituteValues: true },
        this.#options,
        this.#lines,
        this.#diagnostics,
      );
      const range: Range = [attributeStart, close + 1];
      const attribute: AttributeNode = {
        type: 'Attribute',
        name: attributeName,
        nameRange: attributeNameRange,
        value,
        rawValue: this.#source.slice(valueStart, close),
        valueRange: [valueStart, close],
        quote,
        expression,
        range,
        loc: this.#loc(range),
      };
      attributes.push(attribute);
      if (expression !== null) sites.push({ expression, element: placeholderElement, attribute });
      i = close + 1;
      const after = masked[i];
      if (after !== undefined && !/[\s/>]/.test(after)) {
        this.#report('xml-raw-quote-in-attribute', [close, close + 1], { name: attributeName });
        const recovered = this.#recoverTagEnd(i);
        tagEnd = recovered.end;
        selfClosing = recovered.selfClosing;
        break;
      }
    }
    const startTagRange: Range = [lt, tagEnd];
    const liquid =
      parentLiquid ||
      (name === 'set-body' &&
        attributes.some((a) => a.name === 'template' && a.value.toLowerCase() === 'liquid'));
    const open: OpenElement = {
      start: lt,
      name,
      nameRange,
      attributes,
      children: [],
      startTagRange,
      liquid,
      sites,
    };
    this.#stack.push(open);
    this.#pos = tagEnd;
    if (selfClosing || tagEnd <= lt + 1 || masked[tagEnd - 1] !== '>') {
      this.#close(tagEnd, selfClosing);
      return;
    }
    if (PAYLOAD_ELEMENTS.has(name)) this.#payload(open, tagEnd);
  }

  /** After a broken attribute: the next `>` ends the tag. */
  #recoverTagEnd(from: number): { end: number; selfClosing: boolean } {
    const masked = this.#masked;
    const gt = masked.indexOf('>', from);
    const lt = masked.indexOf('<', from);
    if (gt < 0 || (lt >= 0 && lt < gt)) return { end: lt < 0 ? masked.length : lt, selfClosing: true };
    return { end: gt + 1, selfClosing: masked[gt - 1] === '/' };
  }

  /**
   * The content of a payload element (`set-body`) holding markup stays one payload node up to
   * its closing tag. Content without elements (an expression, text, CDATA) reads as usual.
   */
  #payload(open: OpenElement, contentStart: number): void {
    const masked = this.#masked;
    const contentEnd = findClosing(masked, open.name, contentStart);
    if (contentEnd < 0) return;
    if (!/<[\p{L}_:]/u.test(masked.slice(contentStart, contentEnd))) return;
    const { value } = readValue(
      this.#source,
      contentStart,
      contentEnd,
      { decode: false, substituteValues: !open.liquid },
      this.#options,
      this.#lines,
      this.#diagnostics,
    );
    const range: Range = [contentStart, contentEnd];
    open.children.push({
      type: 'Payload',
      raw: this.#source.slice(contentStart, contentEnd),
      value,
      range,
      loc: this.#loc(range),
    });
    this.#pos = contentEnd;
  }

  // ---- structure ---------------------------------------------------------------------------

  #current(): OpenElement | null {
    return this.#stack[this.#stack.length - 1] ?? null;
  }

  #push(node: ContentNode): void {
    const open = this.#current();
    if (open === null) this.#top.push(node);
    else open.children.push(node);
  }

  /** Closes the innermost open element at `end` and attaches it to its parent. */
  #close(end: number, selfClosing = false): void {
    const open = this.#stack.pop();
    if (open === undefined) return;
    const meaningful = open.children.some((child) => child.type !== 'Text' || child.value.trim() !== '');
    const children = meaningful
      ? open.children.filter((child) => child.type !== 'Text' || child.raw.trim() !== '')
      : open.children;
    const range: Range = [open.start, Math.max(end, open.startTagRange[1])];
    const element: ElementNode = {
      type: 'Element',
      name: open.name,
      nameRange: open.nameRange,
      attributes: open.attributes,
      children,
      selfClosing,
      startTagRange: open.startTagRange,
      range,
      loc: this.#loc(range),
    };
    for (const site of open.sites) this.#expressions.push({ ...site, element });
    this.#push(element);
  }

  #loc(range: Range): SourceLocation {
    return { start: this.#lines.position(range[0]), end: this.#lines.position(range[1]) };
  }

  #report(code: DocumentDiagnosticCode, range: Range, data?: DiagnosticData): void {
    this.#diagnostics.push(documentDiagnostic(code, range, this.#lines, data));
  }
}

/** Stands for the element of a site until the element is closed and built. */
const placeholderElement: ElementNode = {
  type: 'Element',
  name: '',
  nameRange: [0, 0],
  attributes: [],
  children: [],
  selfClosing: true,
  startTagRange: [0, 0],
  range: [0, 0],
  loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
};

/** Offset of the `</name` that closes an element whose content starts at `from`, or -1. */
function findClosing(masked: string, name: string, from: number): number {
  const pattern = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(masked); match !== null; match = pattern.exec(masked)) {
    if (match[1] === '/') {
      depth--;
      if (depth === 0) return match.index;
    } else {
      const gt = masked.indexOf('>', match.index);
      if (gt >= 0 && masked[gt - 1] !== '/') depth++;
    }
  }
  return -1;
}
