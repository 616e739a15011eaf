/**
 * Reading and writing IP addresses as .NET does: IPv4 in the lenient `inet_aton` forms .NET
 * accepts (`1.2.3` is 1.2.0.3, `0x7f.1` is 127.0.0.1, a leading 0 means octal), IPv6 with `::`,
 * an embedded IPv4 tail, a scope after `%`, and optional brackets and port; IPv6 printed with the
 * longest run of two or more zero groups compressed, and IPv4-mapped or -compatible addresses
 * with a dotted tail.
 */

/** A number part of an IPv4 address: decimal, octal with a leading 0, or hexadecimal with 0x. */
function parsePart(text: string): number | null {
  if (text === '') return null;
  if (/^0[xX][0-9a-fA-F]*$/.test(text)) return text.length === 2 ? 0 : Number.parseInt(text.slice(2), 16);
  if (/^0[0-7]*$/.test(text)) return Number.parseInt(text, 8);
  if (/^[1-9][0-9]*$/.test(text)) return Number(text);
  return null;
}

/** The four bytes of an IPv4 address in any of the forms .NET accepts, or null. */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parsePart(part);
    if (value === null || value > 0xffffffff) return null;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((value) => value > 255)) return null;
  const remaining = 4 - values.length;
  if (last >= 2 ** (8 * remaining)) return null;
  const bytes = [...values];
  for (let i = remaining - 1; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) & 0xff);
  return bytes;
}

/** A strict dotted quad (the embedded IPv4 tail of an IPv6 address). */
function parseDottedQuad(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part) || Number(part) > 255) return null;
    bytes.push(Number(part));
  }
  return bytes;
}

export interface IPv6Parts {
  readonly words: number[];
  /** The text after `%`, or null. */
  readonly scope: string | null;
}

/** An IPv6 address, optionally in brackets (with a port after them), or null. */
export function parseIPv6(input: string): IPv6Parts | null {
  let text = input;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return null;
    const rest = text.slice(close + 1);
    if (rest !== '' && !/^:[0-9]+$/.test(rest)) return null;
    text = text.slice(1, close);
  }
  let scope: string | null = null;
  const percent = text.indexOf('%');
  if (percent >= 0) {
    scope = text.slice(percent + 1);
    if (scope === '') return null;
    text = text.slice(0, percent);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const readGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    const words: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      if (i === groups.length - 1 && group.includes('.')) {
        const quad = parseDottedQuad(group);
        if (quad === null) return null;
        words.push((quad[0]! << 8) | quad[1]!, (quad[2]! << 8) | quad[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
        words.push(Number.parseInt(group, 16));
      }
    }
    return words;
  };
  const head = readGroups(halves[0]!);
  const tail = halves.length === 2 ? readGroups(halves[1]!) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? { words: head, scope } : null;
  if (head.length + tail.length > 7) return null;
  const words = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  return { words, scope };
}

const hex = (word: number) => word.toString(16);

/** .NET's text of an IPv6 address (without scope). */
export function formatIPv6(words: readonly number[]): string {
  const zeros = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  const dotted = () => `${words[6]! >> 8}.${words[6]! & 0xff}.${words[7]! >> 8}.${words[7]! & 0xff}`;
  if (zeros(0, 5) && words[5] === 0xffff) return `::ffff:${dotted()}`;
  if (zeros(0, 4) && words[4] === 0xffff && words[5] === 0) return `::ffff:0:${dotted()}`;
  if (zeros(0, 6) && (words[6] !== 0 || words[7]! > 1)) return `::${dotted()}`;
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestStart < 0) return words.map(hex).join(':');
  const before = words.slice(0, bestStart).map(hex).join(':');
  const after = words
    .slice(bestStart + bestLength)
    .map(hex)
    .join(':');
  return `${before}::${after}`;
}
