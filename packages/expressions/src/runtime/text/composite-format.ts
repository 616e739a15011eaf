import { argumentNull, format as formatError } from '../exceptions.js';
import { currentNumberFormat, type NumberFormatInfo } from './number-format-info.js';
import { formatValue } from './to-string.js';

/**
 * .NET's composite formatting (`string.Format`, `StringBuilder.AppendFormat`, and interpolated
 * strings): `{index[,alignment][:format]}` items, `{{` and `}}` for braces. A port of .NET
 * Framework's `AppendFormatHelper`, with its `FormatException`s for malformed formats.
 */

function malformed(): Error {
  return formatError('Input string was not in a correct format.');
}

/** `string.Format(format, args)` in the current culture. */
export function formatComposite(format: string | null, args: readonly unknown[] | null): string {
  return formatCompositeWith(currentNumberFormat(), format, args);
}

/** `string.Format(provider, format, args)`: numbers in the provider's number format. */
export function formatCompositeWith(
  info: NumberFormatInfo,
  format: string | null,
  args: readonly unknown[] | null,
): string {
  if (format === null) throw argumentNull('format');
  if (args === null) throw argumentNull('args');
  const length = format.length;
  let out = '';
  let pos = 0;
  let ch = '';
  for (;;) {
    while (pos < length) {
      ch = format[pos]!;
      pos++;
      if (ch === '}') {
        if (pos < length && format[pos] === '}') pos++;
        else throw malformed();
      }
      if (ch === '{') {
        if (pos < length && format[pos] === '{') pos++;
        else {
          pos--;
          break;
        }
      }
      out += ch;
    }
    if (pos === length) break;
    pos++;
    if (pos === length) throw malformed();
    ch = format[pos]!;
    if (!isDigit(ch)) throw malformed();
    let index = 0;
    do {
      index = index * 10 + digit(ch);
      pos++;
      if (pos === length) throw malformed();
      ch = format[pos]!;
    } while (isDigit(ch) && index < 1_000_000);
    if (index >= args.length) {
      throw formatError(
        'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.',
      );
    }
    pos = skipSpaces(format, pos);
    ch = pos < length ? format[pos]! : ' ';
    let leftJustify = false;
    let width = 0;
    if (ch === ',') {
      pos++;
      while (pos < length && format[pos] === ' ') pos++;
      if (pos === length) throw malformed();
      ch = format[pos]!;
      if (ch === '-') {
        leftJustify = true;
        pos++;
        if (pos === length) throw malformed();
        ch = format[pos]!;
      }
      if (!isDigit(ch)) throw malformed();
      do {
        width = width * 10 + digit(ch);
        pos++;
        if (pos === length) throw malformed();
        ch = format[pos]!;
      } while (isDigit(ch) && width < 1_000_000);
    }
    pos = skipSpaces(format, pos);
    ch = pos < length ? format[pos]! : ' ';
    let itemFormat: string | null = null;
    if (ch === ':') {
      pos++;
      itemFormat = '';
      for (;;) {
        if (pos === length) throw malformed();
        ch = format[pos]!;
        pos++;
        if (ch === '{') {
          if (pos < length && format[pos] === '{') pos++;
          else throw malformed();
        } else if (ch === '}') {
          if (pos < length && format[pos] === '}') pos++;
          else {
            pos--;
            break;
          }
        }
        itemFormat += ch;
      }
    }
    if (ch !== '}') throw malformed();
    pos++;
    const text = formatValue(args[index] ?? null, itemFormat, info);
    const pad = width - text.length;
    if (!leftJustify && pad > 0) out += ' '.repeat(pad);
    out += text;
    if (leftJustify && pad > 0) out += ' '.repeat(pad);
  }
  return out;
}

/** The index of the first non-space at or after `pos`. */
function skipSpaces(format: string, pos: number): number {
  let at = pos;
  while (at < format.length && format[at] === ' ') at++;
  return at;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function digit(ch: string): number {
  return ch.charCodeAt(0) - 48;
}
