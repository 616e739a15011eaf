import {
  convertNullable,
  convertRequired,
  stringOf,
  xmlToBoolean,
  xmlToDateTime,
  xmlToDecimal,
  xmlToFloating,
  xmlToGuid,
  xmlToInt32,
  xmlToInt64,
  xmlToUInt32,
  xmlToUInt64,
} from '../../../runtime/xml/x-value.js';
import type { MemberDeclaration } from '../../declaration.js';

/** The value types `XElement` and `XAttribute` convert to explicitly, with `XmlConvert`'s parser. */
const valueTypes: readonly (readonly [string, (text: string) => unknown])[] = [
  ['bool', xmlToBoolean],
  ['int', xmlToInt32],
  ['uint', xmlToUInt32],
  ['long', xmlToInt64],
  ['ulong', xmlToUInt64],
  ['float', (text) => xmlToFloating(text, true)],
  ['double', (text) => xmlToFloating(text)],
  ['decimal', xmlToDecimal],
  ['Guid', xmlToGuid],
  ['DateTime', xmlToDateTime],
];

/**
 * The explicit conversions of `XElement` or `XAttribute` (`type`) to `string`, the value types
 * and their nullable forms: `(int)null` throws `ArgumentNullException`, `(int?)null` is null.
 */
export function explicitConversions(type: 'XElement' | 'XAttribute'): Record<string, MemberDeclaration> {
  const parameter = type === 'XElement' ? 'element' : 'attribute';
  const members: Record<string, MemberDeclaration> = {
    [`static explicit operator string(${type} ${parameter})`]: stringOf,
  };
  for (const [target, convert] of valueTypes) {
    members[`static explicit operator ${target}(${type} ${parameter})`] = convertRequired(parameter, convert);
    members[`static explicit operator ${target}?(${type} ${parameter})`] = convertNullable(convert);
  }
  return members;
}
