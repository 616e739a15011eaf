import { hexUpper, readString, readStringLenient, Tag, type Tlv } from '../der/index.js';
import type { NamePlatform } from './attribute-names.js';

/** A value as .NET prints it: text (quoted when needed) or a `#` hex dump (never quoted). */
export interface AttributeText {
  readonly text: string;
  readonly isString: boolean;
}

/** String types both platforms decode as text (x509-dotnet.md §1.4). */
const TEXT_TAGS: ReadonlySet<number> = new Set([
  Tag.Utf8String,
  Tag.PrintableString,
  Tag.Ia5String,
  Tag.NumericString,
  Tag.BmpString,
  Tag.T61String,
]);

/**
 * Windows (crypt32) very likely shows these as text too; .NET's managed decoder (Linux) prints
 * them as `#hex`. Unverified on Windows: a documented choice.
 */
const WINDOWS_ONLY_TEXT_TAGS: ReadonlySet<number> = new Set([Tag.UniversalString, Tag.VisibleString]);

/**
 * The text of one attribute value. Strings are decoded (strictly on Linux, where a bad byte makes
 * the whole name empty; leniently on Windows) and trailing U+0000 removed; an OCTET STRING prints
 * as `#` and its contents in hex; anything else as `#` and the whole element in hex.
 * Throws `DerError` only for a Linux string that does not decode.
 */
export function attributeText(bytes: Uint8Array, value: Tlv, platform: NamePlatform): AttributeText {
  if (TEXT_TAGS.has(value.tag) || (platform === 'windows' && WINDOWS_ONLY_TEXT_TAGS.has(value.tag))) {
    const text = platform === 'windows' ? readStringLenient(bytes, value) : readString(bytes, value);
    return { text: trimTrailingNul(text), isString: true };
  }
  if (value.tag === Tag.OctetString)
    return { text: `#${hexUpper(bytes.subarray(value.start, value.end))}`, isString: false };
  return { text: `#${hexUpper(bytes.subarray(value.offset, value.end))}`, isString: false };
}

function trimTrailingNul(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * .NET's `NeedsQuoting`: empty; first or last character a space, TAB, LF, VT, FF or CR; or any of
 * `, + = " \n < > # ;` anywhere. A CR in the middle or other Unicode spaces do not count.
 */
export function needsQuoting(text: string): boolean {
  if (text.length === 0) return true;
  if (isEdgeSpace(text.charCodeAt(0)) || isEdgeSpace(text.charCodeAt(text.length - 1))) return true;
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 0x2c: // ,
      case 0x2b: // +
      case 0x3d: // =
      case 0x22: // "
      case 0x0a: // \n
      case 0x3c: // <
      case 0x3e: // >
      case 0x23: // #
      case 0x3b: // ;
        return true;
    }
  }
  return false;
}

function isEdgeSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Wraps in double quotes, doubling the quotes inside (.NET never escapes with backslashes). */
export function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
