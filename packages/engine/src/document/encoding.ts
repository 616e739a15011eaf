import { decodeReferences } from './decode.js';
import type { ExpressionSite } from './model.js';
import { readPolicyDocument } from './read.js';

/**
 * API Management's two encodings of a policy document:
 * - `xml`: well-formed XML; inside expressions, attribute values escape `&`, `<`, `>` and the
 *   quotes (`&quot;`, and `&apos;` in a value quoted with `'`), element text escapes `&` and `<`;
 * - `rawxml`: expressions written as C#, unescaped (`"` and `&&` raw inside attribute values).
 */
export type PolicyEncoding = 'xml' | 'rawxml';

/** A document converted to one encoding, and the expressions the conversion rewrote. */
export interface EncodingResult {
  readonly text: string;
  /** How many expressions were written differently from the input. */
  readonly changed: number;
}

function escapeAttribute(text: string, quote: '"' | "'"): string {
  let out = '';
  for (const char of text) {
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === "'" && quote === "'") out += '&apos;';
    else out += char;
  }
  return out;
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/** Whether the site's expression stands in a CDATA section, where nothing is ever escaped. */
function inCData(site: ExpressionSite): boolean {
  return site.element.children.some(
    (child) => child.type === 'CData' && child.expression === site.expression,
  );
}

/**
 * Converts a policy document to `encoding`. Only expressions change: every other byte (comments,
 * white space, CDATA, literal values) stays as written, and named values (`{{name}}`) are kept.
 * An expression's C# is read as the engine reads it (XML references decoded), then written
 * escaped (`xml`) or as it is (`rawxml`). Converting to `rawxml` and back gives the `xml` form,
 * and the reverse; a document with expressions the reader cannot delimit is converted where it can be.
 */
export function convertEncoding(text: string, encoding: PolicyEncoding): EncodingResult {
  const { document } = readPolicyDocument(text, { mode: 'check' });
  let out = '';
  let at = 0;
  let changed = 0;
  for (const site of document.expressions) {
    if (site.attribute === null && inCData(site)) continue;
    const [start, end] = site.expression.range;
    const code = decodeReferences(text, start, end).text;
    const written =
      encoding === 'rawxml'
        ? code
        : site.attribute === null
          ? escapeText(code)
          : escapeAttribute(code, site.attribute.quote);
    const original = text.slice(start, end);
    if (written === original) continue;
    changed++;
    out += text.slice(at, start) + written;
    at = end;
  }
  return { text: out + text.slice(at), changed };
}
