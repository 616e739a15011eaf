import { findExpressionEnd, LineMap, type Range, type SourceLocation } from '@apim-policy/expressions';
import type { CatalogAttribute, CatalogElement, CatalogText } from '../element.js';

/**
 * A small reader from policy text to `CatalogElement`, for the catalog's tests only: the document
 * front end is the real reader. It takes raw expressions (`condition="@(x == "a")"`), escaped ones,
 * comments, CDATA and a prolog, and throws on anything else malformed, which a test should not hold.
 */
export function readElement(source: string): CatalogElement {
  return new Reader(source).document();
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name]!;
  });
}

function isExpression(value: string): boolean {
  const trimmed = value.trim();
  if (!/^@[({]/.test(trimmed)) return false;
  return findExpressionEnd(trimmed, 0) === trimmed.length;
}

class Reader {
  private position = 0;
  private readonly lines: LineMap;

  constructor(private readonly source: string) {
    this.lines = new LineMap(source);
  }

  document(): CatalogElement {
    this.skipMisc();
    const root = this.element();
    this.skipMisc();
    if (this.position < this.source.length) this.fail('text after the root element');
    return root;
  }

  private element(): CatalogElement {
    const start = this.position;
    this.expect('<');
    const name = this.match(/[^\s/>]+/y);
    const attributes: CatalogAttribute[] = [];
    for (;;) {
      this.match(/\s*/y);
      if (this.source.startsWith('/>', this.position)) {
        this.position += 2;
        return this.node(name, attributes, [], [], start);
      }
      if (this.source[this.position] === '>') {
        this.position++;
        break;
      }
      attributes.push(this.attribute());
    }
    const children: CatalogElement[] = [];
    const text: CatalogText[] = [];
    for (;;) {
      if (this.position >= this.source.length) this.fail(`unclosed <${name}>`);
      if (this.source.startsWith('</', this.position)) {
        this.position += 2;
        if (this.match(/[^\s>]+/y) !== name) this.fail(`mismatched end tag for <${name}>`);
        this.match(/\s*>/y);
        return this.node(name, attributes, children, text, start);
      }
      if (this.source.startsWith('<!--', this.position)) this.skipPast('-->');
      else if (this.source.startsWith('<?', this.position)) this.skipPast('?>');
      else if (this.source.startsWith('<![CDATA[', this.position)) {
        const begin = this.position;
        this.skipPast(']]>');
        text.push(this.text(this.source.slice(begin + 9, this.position - 3), begin));
      } else if (this.source[this.position] === '<') children.push(this.element());
      else text.push(this.textRun());
    }
  }

  private attribute(): CatalogAttribute {
    const start = this.position;
    const name = this.match(/[^\s=/>]+/y);
    this.match(/\s*=\s*/y);
    const quote = this.source[this.position];
    if (quote !== '"' && quote !== "'") this.fail(`unquoted value of ${name}`);
    this.position++;
    const valueStart = this.position;
    const lead = /\s*/y;
    lead.lastIndex = valueStart;
    lead.exec(this.source);
    let end = this.source.indexOf(quote, lead.lastIndex);
    if (/@[({]/y.test(this.source.slice(lead.lastIndex, lead.lastIndex + 2))) {
      const expressionEnd = findExpressionEnd(this.source, lead.lastIndex);
      if (expressionEnd > 0) end = this.source.indexOf(quote, expressionEnd);
    }
    if (end < 0) this.fail(`unterminated value of ${name}`);
    const value = decode(this.source.slice(valueStart, end));
    this.position = end + 1;
    return { name, value, isExpression: isExpression(value), ...this.place(start, this.position) };
  }

  private textRun(): CatalogText {
    const start = this.position;
    const lead = /\s*/y;
    lead.lastIndex = start;
    lead.exec(this.source);
    let end = this.source.indexOf('<', start);
    if (/@[({]/y.test(this.source.slice(lead.lastIndex, lead.lastIndex + 2))) {
      const expressionEnd = findExpressionEnd(this.source, lead.lastIndex);
      if (expressionEnd > 0) end = this.source.indexOf('<', expressionEnd);
    }
    if (end < 0) end = this.source.length;
    this.position = end;
    return this.text(decode(this.source.slice(start, end)), start);
  }

  private text(value: string, start: number): CatalogText {
    return { value, isExpression: isExpression(value), ...this.place(start, this.position) };
  }

  private node(
    name: string,
    attributes: CatalogAttribute[],
    children: CatalogElement[],
    text: CatalogText[],
    start: number,
  ): CatalogElement {
    const runs = text.filter((run) => run.value.trim() !== '');
    return { name, attributes, children, text: runs, ...this.place(start, this.position) };
  }

  private place(start: number, end: number): { range: Range; loc: SourceLocation } {
    return { range: [start, end], loc: { start: this.lines.position(start), end: this.lines.position(end) } };
  }

  private skipMisc(): void {
    for (;;) {
      this.match(/\s*/y);
      if (this.source.startsWith('<?', this.position)) this.skipPast('?>');
      else if (this.source.startsWith('<!--', this.position)) this.skipPast('-->');
      else return;
    }
  }

  private skipPast(terminator: string): void {
    const end = this.source.indexOf(terminator, this.position);
    if (end < 0) this.fail(`missing ${terminator}`);
    this.position = end + terminator.length;
  }

  private expect(text: string): void {
    if (!this.source.startsWith(text, this.position)) this.fail(`expected ${text}`);
    this.position += text.length;
  }

  private match(pattern: RegExp): string {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.source);
    if (found === null) this.fail(`expected ${pattern.source}`);
    this.position += found[0].length;
    return found[0];
  }

  private fail(problem: string): never {
    const { line, column } = this.lines.position(this.position);
    throw new Error(`test reader: ${problem} at ${line}:${column + 1}`);
  }
}
