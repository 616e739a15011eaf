import { findExpressionEnd, LineMap, type PositionMapper } from '@apim-policy/expressions';
import { commentRanges, decodeXmlText } from './xml-text.js';

export interface ExtractedExpression {
  /** The C# text, XML references decoded: `@(...)` or `@{...}`. */
  text: string;
  /** Where it stands in the file: an attribute value or element content. */
  host: 'attribute' | 'content';
  /** Inside an XML comment (commented-out code). */
  inComment: boolean;
  /** 1-based line and 0-based column of the `@` in the file. */
  line: number;
  column: number;
  /** Maps offsets of `text` to positions in the file. */
  mapper: PositionMapper;
}

/**
 * Finds every `@(...)`/`@{...}` that stands as a whole attribute value or as element content in a
 * policy document, raw or XML-escaped.
 */
export function extractExpressions(source: string): ExtractedExpression[] {
  const decoded = decodeXmlText(source);
  const lines = new LineMap(source);
  const comments = commentRanges(source);
  const found: ExtractedExpression[] = [];
  const pattern = /@[({]/g;
  for (let match = pattern.exec(decoded.text); match !== null; match = pattern.exec(decoded.text)) {
    const start = match.index;
    const host = hostOf(decoded.text, start);
    if (host === null) continue;
    const end = findExpressionEnd(decoded.text, start);
    if (end < 0) continue;
    const fileStart = decoded.original[start]!;
    const position = lines.position(fileStart);
    const mapper: PositionMapper = (offset) => {
      const fileOffset = decoded.original[Math.min(start + offset, decoded.text.length)]!;
      const { line, column } = lines.position(fileOffset);
      return { offset: fileOffset, line, column };
    };
    found.push({
      text: decoded.text.slice(start, end),
      host,
      inComment: comments.some(([from, to]) => fileStart >= from && fileStart < to),
      line: position.line,
      column: position.column,
      mapper,
    });
    pattern.lastIndex = end;
  }
  return found;
}

/** What precedes `@` (whitespace aside): a quote after `=` (attribute) or `>` (content). */
function hostOf(text: string, at: number): 'attribute' | 'content' | null {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  const c = text[i];
  if (c === '>' || text.endsWith('<![CDATA[', i + 1)) return 'content';
  if (c === '"' || c === "'") {
    let j = i - 1;
    while (j >= 0 && /\s/.test(text[j]!)) j--;
    return text[j] === '=' ? 'attribute' : null;
  }
  return null;
}
