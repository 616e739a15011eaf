/** One attribute of a distinguished name as written: `CN=Contoso`. */
export interface WrittenAttribute {
  readonly key: string;
  readonly value: string;
  /** Written in double quotes. */
  readonly quoted: boolean;
  /** Written with RFC 4514 backslash escapes (`\,`, `\2C`). */
  readonly escaped: boolean;
  /** Spaces around `=` or before the separator. */
  readonly spaced: boolean;
}

/** A distinguished name as written: its RDNs (each one or more attributes) and separators. */
export interface WrittenName {
  readonly rdns: readonly (readonly WrittenAttribute[])[];
  /** The separators between attributes, in order, as written (`, `, `,`, `;`, ` + `). */
  readonly separators: readonly string[];
}

/**
 * Reads a distinguished name written as text (`CN=a, O="b, c"`, `cn=a,o=b\, c`), or null when
 * the text is not one (a key without `=`, an unterminated quote).
 */
export function readName(text: string): WrittenName | null {
  const rdns: WrittenAttribute[][] = [];
  const separators: string[] = [];
  let current: WrittenAttribute[] = [];
  let index = 0;
  for (;;) {
    const keyStart = index;
    while (index < text.length && text[index] !== '=' && !',;+"'.includes(text[index] ?? '')) index++;
    if (text[index] !== '=') return null;
    const rawKey = text.slice(keyStart, index);
    const key = rawKey.trim();
    if (!/^[A-Za-z][\w.-]*$|^(OID\.)?\d+(\.\d+)*$/i.test(key)) return null;
    index++;
    const afterEquals = index;
    while (text[index] === ' ') index++;
    const spacedKey = rawKey !== key || index !== afterEquals;
    let value = '';
    let quoted = false;
    let escaped = false;
    if (text[index] === '"') {
      quoted = true;
      index++;
      for (;;) {
        if (index >= text.length) return null;
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            value += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        value += text[index];
        index++;
      }
    } else {
      while (index < text.length && !',;+'.includes(text[index] ?? '')) {
        if (text[index] === '\\' && index + 1 < text.length) {
          escaped = true;
          const hex = /^[0-9A-Fa-f]{2}/.exec(text.slice(index + 1, index + 3));
          value += hex !== null ? String.fromCharCode(Number.parseInt(hex[0], 16)) : text[index + 1];
          index += hex !== null ? 3 : 2;
          continue;
        }
        value += text[index];
        index++;
      }
    }
    // Spaces between the value and the separator (or the end).
    const kept = quoted ? value : value.replace(/ +$/, '');
    let trailing = value.length - kept.length;
    value = kept;
    while (quoted && text[index] === ' ') {
      trailing++;
      index++;
    }
    const separator = text[index];
    // ` + ` is how .NET joins the attributes of a multi-valued RDN.
    const expectedTrailing = separator === '+' ? 1 : 0;
    current.push({ key, value, quoted, escaped, spaced: spacedKey || trailing !== expectedTrailing });
    if (separator === undefined) break;
    index++;
    const afterSeparator = index;
    while (text[index] === ' ') index++;
    separators.push(`${' '.repeat(Math.min(trailing, 1))}${separator}${text.slice(afterSeparator, index)}`);
    if (index >= text.length) return null;
    if (separator !== '+') {
      rdns.push(current);
      current = [];
    }
  }
  rdns.push(current);
  return { rdns, separators };
}

/** The keys .NET prints (X500NameEncoder's table), by upper-case spelling, with the names people write for them. */
const KEYS: ReadonlyMap<string, string> = new Map([
  ['CN', 'CN'],
  ['C', 'C'],
  ['L', 'L'],
  ['S', 'S'],
  ['ST', 'S'],
  ['O', 'O'],
  ['OU', 'OU'],
  ['E', 'E'],
  ['EMAIL', 'E'],
  ['EMAILADDRESS', 'E'],
  ['DC', 'DC'],
  ['G', 'G'],
  ['GN', 'G'],
  ['GIVENNAME', 'G'],
  ['I', 'I'],
  ['INITIALS', 'I'],
  ['SN', 'SN'],
  ['SURNAME', 'SN'],
  ['SERIALNUMBER', 'SERIALNUMBER'],
  ['STREET', 'STREET'],
  ['T', 'T'],
  ['TITLE', 'T'],
  ['DESCRIPTION', 'Description'],
  ['POSTALCODE', 'PostalCode'],
  ['POBOX', 'POBox'],
  ['PHONE', 'Phone'],
  ['DNQUALIFIER', 'dnQualifier'],
]);

/** The key .NET prints for a written key; unknown keys (`OID.x`, `UID`) as written. */
export function printedKey(key: string): string {
  return KEYS.get(key.toUpperCase()) ?? key;
}

/** How specific an RDN's key is (most specific first in .NET's order); undefined when unknown. */
const RANK: ReadonlyMap<string, number> = new Map([
  ['CN', 0],
  ['OU', 1],
  ['O', 2],
  ['L', 3],
  ['S', 4],
  ['C', 5],
  ['DC', 6],
]);

/** Whether .NET would put the value in double quotes (X500NameEncoder `NeedsQuoting`). */
export function needsQuotes(value: string): boolean {
  return value === '' || /^[\t-\r ]|[\t-\r ]$/.test(value) || /[,+="\n<>#;]/.test(value);
}

function printValue(value: string): string {
  return needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Written least specific first (`C=US, O=Contoso, CN=client`), the reverse of what .NET prints. */
export function isForwardOrder(name: WrittenName): boolean {
  const first = name.rdns[0];
  const last = name.rdns[name.rdns.length - 1];
  if (
    first === undefined ||
    last === undefined ||
    first === last ||
    first.length !== 1 ||
    last.length !== 1
  ) {
    return false;
  }
  const firstRank = RANK.get(printedKey(first[0]?.key ?? ''));
  const lastRank = RANK.get(printedKey(last[0]?.key ?? ''));
  return firstRank !== undefined && lastRank !== undefined && firstRank > lastRank;
}

/** The name as .NET prints it: most specific RDN first, `, ` and ` + `, .NET's keys and quoting. */
export function printName(name: WrittenName, reverse: boolean): string {
  const rdns = reverse ? [...name.rdns].reverse() : name.rdns;
  return rdns
    .map((rdn) =>
      rdn.map((attribute) => `${printedKey(attribute.key)}=${printValue(attribute.value)}`).join(' + '),
    )
    .join(', ');
}
