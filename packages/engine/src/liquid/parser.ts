import type { Branch, FilteredExpression, LiquidTemplate, Node, When } from './ast.js';
import { DiagnosticSink, type LiquidDiagnostic } from './diagnostics.js';
import { lexTemplate, type TagToken, type TemplateToken } from './lexer.js';
import { MarkupError } from './markup-lexer.js';
import { MarkupReader } from './markup-reader.js';
import { parseCondition, parseExpression, parseFilteredExpression } from './parse-expression.js';
import { readForHeader, readWhen } from './parse-tag-markup.js';

/** Tags of Liquid (Shopify's or DotLiquid's) that API Management templates do not support. */
const UNSUPPORTED_TAGS = new Set([
  'include',
  'render',
  'cycle',
  'tablerow',
  'increment',
  'decrement',
  'ifchanged',
  'echo',
  'liquid',
  'layout',
  'block',
  'extends',
  'literal',
  'paginate',
  'section',
  'form',
  'style',
  'javascript',
  'stylesheet',
  'schema',
  '#',
]);

/** Tags that only make sense inside a block; met elsewhere they are syntax errors. */
const INNER_TAGS = new Set([
  'else',
  'elsif',
  'when',
  'endif',
  'endunless',
  'endcase',
  'endfor',
  'endcapture',
]);

interface Block {
  readonly nodes: Node[];
  /** The tag that ended the block, or null when the template (or an enclosing block) ended it. */
  readonly end: TagToken | null;
}

class Parser {
  readonly #tokens: readonly TemplateToken[];
  readonly #sink: DiagnosticSink;
  #at = 0;
  /** The tags ending each open block, innermost last. */
  readonly #open: ReadonlySet<string>[] = [];
  #loops = 0;
  /** Unsupported tags already reported, whose `end…` tags are then not reported again. */
  readonly #reported = new Set<string>();

  constructor(tokens: readonly TemplateToken[], sink: DiagnosticSink) {
    this.#tokens = tokens;
    this.#sink = sink;
  }

  parseTemplate(): Node[] {
    return this.#parseBlock(new Set()).nodes;
  }

  /** Nodes up to one of the `stops` tags (read and returned), or to the end. */
  #parseBlock(stops: ReadonlySet<string>): Block {
    const nodes: Node[] = [];
    this.#open.push(stops);
    try {
      while (this.#at < this.#tokens.length) {
        const token = this.#tokens[this.#at]!;
        if (token.kind === 'tag') {
          if (stops.has(token.name)) {
            this.#at++;
            return { nodes, end: token };
          }
          // An enclosing block's end tag ends this block too (which is reported as not closed).
          if (token.name.startsWith('end') && this.#open.some((outer) => outer.has(token.name))) {
            return { nodes, end: null };
          }
        }
        this.#at++;
        const node = this.#parseToken(token);
        if (node !== null) nodes.push(node);
      }
      return { nodes, end: null };
    } finally {
      this.#open.pop();
    }
  }

  #parseToken(token: TemplateToken): Node | null {
    if (token.kind === 'text') return { kind: 'text', value: token.value };
    if (token.kind === 'output') {
      if (token.markup.trim() === '') return null;
      const value = this.#markup(token.markup, token.markupStart, (reader) => {
        const parsed = parseFilteredExpression(reader, this.#sink);
        reader.expectEnd();
        return parsed;
      });
      return value === null ? null : { kind: 'output', value };
    }
    return this.#parseTag(token);
  }

  /** Runs `read` over markup, turning a markup problem into a syntax error. */
  #markup<T>(markup: string, start: number, read: (reader: MarkupReader) => T): T | null {
    try {
      return read(new MarkupReader(markup, start));
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      this.#sink.syntax(error.message, error.start, Math.max(error.end, error.start));
      return null;
    }
  }

  #parseTag(tag: TagToken): Node | null {
    switch (tag.name) {
      case 'if':
      case 'unless':
        return this.#parseIf(tag);
      case 'case':
        return this.#parseCase(tag);
      case 'for':
        return this.#parseFor(tag);
      case 'assign':
        return this.#parseAssign(tag);
      case 'capture':
        return this.#parseCapture(tag);
      case 'break':
      case 'continue':
        if (this.#loops === 0) {
          this.#sink.syntax(`'${tag.name}' is only allowed inside a 'for' loop.`, tag.start, tag.end);
        }
        this.#noArguments(tag);
        return { kind: tag.name };
      default:
        this.#reportUnknown(tag);
        return null;
    }
  }

  #reportUnknown(tag: TagToken): void {
    if (INNER_TAGS.has(tag.name) || tag.name === 'endraw' || tag.name === 'endcomment') {
      this.#sink.syntax(`Unexpected '${tag.name}': no open block takes it here.`, tag.start, tag.end);
      return;
    }
    if (tag.name.startsWith('end') && this.#reported.has(tag.name.slice(3))) return;
    this.#reported.add(tag.name);
    const message = UNSUPPORTED_TAGS.has(tag.name)
      ? `The tag '${tag.name}' is not supported by API Management's Liquid.`
      : `Unknown tag '${tag.name}'.`;
    this.#sink.report('liquid-unsupported-tag', message, tag.nameStart, tag.nameEnd);
  }

  #noArguments(tag: TagToken): void {
    if (tag.markup !== '') {
      this.#sink.syntax(
        `'${tag.name}' takes no arguments.`,
        tag.markupStart,
        tag.markupStart + tag.markup.length,
      );
    }
  }

  #requireMarkup(tag: TagToken, what: string): boolean {
    if (tag.markup !== '') return true;
    this.#sink.syntax(`'${tag.name}' needs ${what}.`, tag.start, tag.end);
    return false;
  }

  #unclosed(opening: TagToken, closer: string): void {
    this.#sink.syntax(`'${opening.name}' is not closed by '{% ${closer} %}'.`, opening.start, opening.end);
  }

  #condition(tag: TagToken) {
    if (!this.#requireMarkup(tag, 'a condition')) return null;
    return this.#markup(tag.markup, tag.markupStart, (reader) => {
      const condition = parseCondition(reader);
      reader.expectEnd();
      return condition;
    });
  }

  #parseIf(opening: TagToken): Node | null {
    const closer = `end${opening.name}`;
    const branches: Branch[] = [];
    let otherwise: Node[] | null = null;
    let valid = true;
    let tag = opening;
    for (;;) {
      const condition = this.#condition(tag);
      const block = this.#parseBlock(new Set(['elsif', 'else', closer]));
      if (condition === null) valid = false;
      else branches.push({ condition, body: block.nodes });
      if (block.end === null) {
        this.#unclosed(opening, closer);
        return null;
      }
      tag = block.end;
      if (tag.name === 'else') break;
      if (tag.name === closer)
        return valid ? { kind: 'if', negateFirst: opening.name === 'unless', branches, otherwise } : null;
    }
    this.#noArguments(tag);
    for (;;) {
      const block = this.#parseBlock(new Set(['elsif', 'else', closer]));
      otherwise = block.nodes;
      if (block.end === null) {
        this.#unclosed(opening, closer);
        return null;
      }
      if (block.end.name === closer) break;
      this.#sink.syntax(`'${block.end.name}' cannot follow 'else'.`, block.end.start, block.end.end);
      valid = false;
    }
    return valid ? { kind: 'if', negateFirst: opening.name === 'unless', branches, otherwise } : null;
  }

  #parseCase(opening: TagToken): Node | null {
    const subject = this.#requireMarkup(opening, 'a value to compare')
      ? this.#markup(opening.markup, opening.markupStart, (reader) => {
          const value = parseExpression(reader);
          reader.expectEnd();
          return value;
        })
      : null;
    const stops = new Set(['when', 'else', 'endcase']);
    const whens: When[] = [];
    let otherwise: Node[] | null = null;
    let valid = subject !== null;
    // Liquid ignores what stands between `case` and the first `when`.
    let block = this.#parseBlock(stops);
    while (block.end !== null && block.end.name !== 'endcase') {
      const tag = block.end;
      if (tag.name === 'else') {
        this.#noArguments(tag);
        block = this.#parseBlock(stops);
        if (otherwise !== null) {
          this.#sink.syntax("'case' has more than one 'else'.", tag.start, tag.end);
          valid = false;
        }
        otherwise = block.nodes;
        continue;
      }
      const values = this.#requireMarkup(tag, 'a value')
        ? this.#markup(tag.markup, tag.markupStart, readWhen)
        : null;
      block = this.#parseBlock(stops);
      if (values === null) valid = false;
      else whens.push({ values, body: block.nodes });
      if (otherwise !== null && values !== null) {
        this.#sink.syntax("'when' cannot follow 'else'.", tag.start, tag.end);
        valid = false;
      }
    }
    if (block.end === null) {
      this.#unclosed(opening, 'endcase');
      return null;
    }
    return valid && subject !== null ? { kind: 'case', subject, whens, otherwise } : null;
  }

  #parseFor(opening: TagToken): Node | null {
    const header = this.#requireMarkup(opening, "'item in collection'")
      ? this.#markup(opening.markup, opening.markupStart, readForHeader)
      : null;
    this.#loops++;
    const body = this.#parseBlock(new Set(['else', 'endfor']));
    this.#loops--;
    let otherwise: Node[] | null = null;
    if (body.end?.name === 'else') {
      this.#noArguments(body.end);
      const rest = this.#parseBlock(new Set(['endfor']));
      if (rest.end === null) {
        this.#unclosed(opening, 'endfor');
        return null;
      }
      otherwise = rest.nodes;
    } else if (body.end === null) {
      this.#unclosed(opening, 'endfor');
      return null;
    }
    return header === null ? null : { kind: 'for', ...header, body: body.nodes, otherwise };
  }

  #parseAssign(tag: TagToken): Node | null {
    if (!this.#requireMarkup(tag, "'name = value'")) return null;
    return this.#markup(tag.markup, tag.markupStart, (reader): Node => {
      const variable = reader.expectIdentifier('a variable name').text;
      reader.expectSymbol('=');
      const value: FilteredExpression = parseFilteredExpression(reader, this.#sink);
      reader.expectEnd();
      return { kind: 'assign', variable, value };
    });
  }

  #parseCapture(opening: TagToken): Node | null {
    const variable = this.#requireMarkup(opening, 'a variable name')
      ? this.#markup(opening.markup, opening.markupStart, (reader) => {
          const token = reader.next('a variable name');
          if (token.kind !== 'identifier' && token.kind !== 'string') {
            throw new MarkupError(`Expected a variable name, found '${token.text}'.`, token.start, token.end);
          }
          reader.expectEnd();
          return String(token.value);
        })
      : null;
    const body = this.#parseBlock(new Set(['endcapture']));
    if (body.end === null) {
      this.#unclosed(opening, 'endcapture');
      return null;
    }
    return variable === null ? null : { kind: 'capture', variable, body: body.nodes };
  }
}

/**
 * Parses a Liquid template. Everything API Management's Liquid would not run is reported: syntax
 * errors, unsupported tags, unsupported filters. The template is null when anything was.
 */
export function parseLiquid(text: string): {
  template: LiquidTemplate | null;
  diagnostics: LiquidDiagnostic[];
} {
  const sink = new DiagnosticSink(text);
  const tokens = lexTemplate(text, sink);
  const nodes = new Parser(tokens, sink).parseTemplate();
  const diagnostics = sink.sorted();
  return { template: diagnostics.length === 0 ? { nodes } : null, diagnostics };
}
