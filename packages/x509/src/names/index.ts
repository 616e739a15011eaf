/** .NET's X.500 distinguished-name formatting from raw DER (x509-dotnet.md §1). */
export { attributeKey, type NamePlatform } from './attribute-names.js';
export { type AttributeText, attributeText, needsQuoting, quote } from './attribute-value.js';
export { DistinguishedName } from './distinguished-name.js';
export { checkFlags, NameFlagsError, parseFlags, X500DistinguishedNameFlags } from './flags.js';
export {
  decodeName,
  formatName,
  type NameFormatOptions,
  type NameSource,
  nameString,
  newLineOf,
} from './format-name.js';
export { type NameAttribute, type Rdn, readName } from './name-der.js';
