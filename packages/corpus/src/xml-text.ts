/**
 * The text of a policy file with XML character references decoded, and the way back to offsets
 * in the file. A stand-in for the engine's XML front end, enough to pull expressions out of
 * policy documents as they are deployed (raw or XML-escaped).
 */
export interface DecodedText {
  text: string;
  /** For each offset of `text` (and its end), the offset in the original file. */
  original: Int32Array;
}

const named: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

export function decodeXmlText(source: string): DecodedText {
  let text = '';
  const original: number[] = [];
  let i = 0;
  while (i < source.length) {
    if (source[i] === '&') {
      const match = /^&(quot|apos|lt|gt|amp|#[0-9]+|#x[0-9a-fA-F]+);/.exec(source.slice(i, i + 12));
      if (match !== null) {
        const name = match[1]!;
        const char = name.startsWith('#x')
          ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? String.fromCodePoint(Number.parseInt(name.slice(1), 10))
            : named[name]!;
        for (let k = 0; k < char.length; k++) original.push(i);
        text += char;
        i += match[0].length;
        continue;
      }
    }
    original.push(i);
    text += source[i];
    i++;
  }
  original.push(source.length);
  return { text, original: Int32Array.from(original) };
}

/** `[start, end)` ranges of XML comments `<!-- ... -->` in `source`. */
export function commentRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = source.indexOf('<!--');
  while (at >= 0) {
    const close = source.indexOf('-->', at + 4);
    const end = close < 0 ? source.length : close + 3;
    ranges.push([at, end]);
    at = source.indexOf('<!--', end);
  }
  return ranges;
}
