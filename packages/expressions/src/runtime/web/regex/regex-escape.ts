import { argument, argumentNull } from '../../exceptions.js';
import { invalidPatternMessage } from '../regex-translate.js';
import { scanCharEscape } from './escapes.js';
import { PatternReader } from './pattern-reader.js';
import { RegexSyntaxError } from './syntax-error.js';

/** `Regex.Escape`: a backslash before the metacharacters, and `\t \n \f \r` and `\ ` for white space. */
export function regexEscape(str: string | null): string {
  if (str === null) throw argumentNull('str');
  let out = '';
  for (const ch of str) {
    switch (ch) {
      case '\t':
        out += '\\t';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\f':
        out += '\\f';
        break;
      case '\r':
        out += '\\r';
        break;
      case ' ':
        out += '\\ ';
        break;
      default:
        out += '\\*+?|{[()^$.#'.includes(ch) ? `\\${ch}` : ch;
    }
  }
  return out;
}

/** `Regex.Unescape`: every escape replaced by its character; a final lone `\` is dropped. */
export function regexUnescape(str: string | null): string {
  if (str === null) throw argumentNull('str');
  if (!str.includes('\\')) return str;
  const reader = new PatternReader(str, 0);
  let out = '';
  try {
    while (reader.charsRight() > 0) {
      const ch = reader.moveRightGetChar();
      if (ch !== '\\') out += ch;
      else if (reader.charsRight() > 0) out += String.fromCharCode(scanCharEscape(reader));
    }
  } catch (error) {
    if (error instanceof RegexSyntaxError)
      throw argument(invalidPatternMessage(str, error.reason, error.index));
    throw error;
  }
  return out;
}
