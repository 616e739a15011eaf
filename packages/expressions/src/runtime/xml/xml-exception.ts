import { DotnetException } from '../exceptions.js';
import { isHighSurrogate } from './xml-chars.js';

/** The .NET type of XML parsing errors. */
export const XML_EXCEPTION = 'System.Xml.XmlException';

/**
 * The messages of `System.Xml` (its `Res` strings) that the reader and `XName` report, in
 * .NET Framework's English wording. `{0}`, `{1}`, ... are filled with `formatRes`.
 */
export const Res = {
  UnexpectedEOF: 'Unexpected end of file while parsing {0} has occurred.',
  UnexpectedEOF1: 'Unexpected end of file has occurred.',
  UnexpectedEOFInElementContent:
    'Unexpected end of file has occurred. The following elements are not closed: {0}',
  BadStartNameChar: "Name cannot begin with the '{0}' character, hexadecimal value {1}.",
  BadNameChar: "The '{0}' character, hexadecimal value {1}, cannot be included in a name.",
  BadDecimalEntity: 'Invalid syntax for a decimal numeric entity reference.',
  BadHexEntity: 'Invalid syntax for a hexadecimal numeric entity reference.',
  CharEntityOverflow: 'Invalid value of a character entity reference.',
  UnexpectedTokenEx: "'{0}' is an unexpected token. The expected token is '{1}'.",
  UnexpectedTokens2: "'{0}' is an unexpected token. The expected token is '{1}' or '{2}'.",
  ExpectingWhiteSpace: "'{0}' is an unexpected token. Expecting white space.",
  TagMismatchEx: "The '{0}' start tag on line {1} position {2} does not match the end tag of '{3}'.",
  UnexpectedEndTag: 'Unexpected end tag.',
  UnknownNs: "'{0}' is an undeclared prefix.",
  BadAttributeChar: "'{0}', hexadecimal value {1}, is an invalid attribute character.",
  InvalidCharacter: "'{0}', hexadecimal value {1}, is an invalid character.",
  InvalidRootData: 'Data at the root level is invalid.',
  MultipleRoots: 'There are multiple root elements.',
  MissingRoot: 'Root element is missing.',
  XmlDeclNotFirst:
    'Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it.',
  InvalidXmlDecl: 'Syntax for an XML declaration is invalid.',
  InvalidVersionNumber: "Version number '{0}' is invalid.",
  InvalidPIName: "'{0}' is an invalid name for processing instructions.",
  DupAttributeName: "'{0}' is a duplicate attribute name.",
  UndeclaredEntity: "Reference to undeclared entity '{0}'.",
  ErrorParsingEntityName: 'An error occurred while parsing EntityName.',
  CDATAEndInText: "']]>' is not allowed in character data.",
  InvalidCommentChars: "An XML comment cannot contain '--', and '-' cannot be the last character.",
  UnclosedQuote: 'There is an unclosed literal string.',
  BadNamespaceDecl: 'Invalid namespace declaration.',
  XmlnsPrefix: 'Prefix "xmlns" is reserved for use by XML.',
  XmlPrefix:
    'Prefix "xml" is reserved for use by XML and can be mapped only to namespace name "http://www.w3.org/XML/1998/namespace".',
  NamespaceDeclXmlXmlns: 'Prefix \'{0}\' cannot be mapped to namespace name reserved for "xml" or "xmlns".',
  InvalidXmlSpace: "'{0}' is an invalid xml:space value.",
  BadDTDLocation: 'Unexpected DTD declaration.',
  MultipleDTDsProvided: 'Cannot have multiple DTDs.',
  DtdAfterRootElement: 'DTD must be defined before the document root element.',
  RecursiveGenEntity: "General entity '{0}' references itself.",
  IncompleteEntity: 'Incomplete entity contents.',
  UnparsedEntityRef: "Reference to unparsed entity '{0}'.",
  ExternalEntityInAttValue: "External entity '{0}' reference cannot appear in the attribute value.",
  ExpectExternalOrClose: "Expecting external ID, '[' or '>'.",
  ExpectSubOrClose: 'Expecting an internal subset or the end of the DOCTYPE declaration.',
  ExpectDtdMarkup: 'Expected DTD markup was not found.',
  BadDTDLocationInSubset: "'{0}' is an unexpected token. The expected token is '{1}'.",
} as const;

/** Fills `{0}`, `{1}`, ... as `string.Format` does for .NET's resource strings. */
export function formatRes(template: string, args: readonly string[] = []): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

/**
 * A `System.Xml.XmlException`. With a line number, the message ends with
 * `Line n, position m.`, as .NET's `XmlException.CreateMessage` writes it.
 */
export function xmlException(message: string, lineNumber = 0, linePosition = 0): DotnetException {
  const text = lineNumber === 0 ? message : `${message} Line ${lineNumber}, position ${linePosition}.`;
  return new DotnetException(XML_EXCEPTION, text);
}

/**
 * `XmlException.BuildCharExceptionArgs`: the offending character as text (`.` for NUL, both
 * halves of a surrogate pair) and its code as `0x..` (at least two upper-case hex digits).
 */
export function charExceptionArgs(code: number, next: number): [string, string] {
  if (isHighSurrogate(code) && next !== 0) {
    const combined = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
    return [String.fromCharCode(code, next), hex2(combined)];
  }
  return [code === 0 ? '.' : String.fromCharCode(code), hex2(code)];
}

function hex2(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;
}
