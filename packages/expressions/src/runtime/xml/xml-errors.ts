import { environment } from '../environment.js';
import { argument, DotnetException, invalidOperation } from '../exceptions.js';

/** `new ArgumentNullException(paramName, message)`, worded as the environment's .NET does. */
export function argumentNullWithMessage(parameter: string, message: string): DotnetException {
  const text =
    environment().dotnet === 'framework'
      ? `${message}\r\nParameter name: ${parameter}`
      : `${message} (Parameter '${parameter}')`;
  return new DotnetException('System.ArgumentNullException', text);
}

/** LINQ to XML's messages for misuse of the tree (`System.Xml.Linq` resources). */
export const LinqRes = {
  MissingParent: 'The parent is missing.',
  DuplicateAttribute: 'Duplicate attribute.',
  ExternalCode: 'This operation was corrupted by external code.',
  MissingAncestor: 'A common ancestor is missing.',
  DocumentStructure: 'This operation would create an incorrectly structured document.',
  XObjectValue: 'An XObject cannot be used as a value.',
  AddAttribute: 'An attribute cannot be added to content.',
  AddNonWhitespace: 'Non-whitespace characters cannot be added to content.',
  AddNode: 'A node of type {0} cannot be added to content.',
  ConvertToString: 'The argument cannot be converted to a string.',
  NamespaceDeclarationPrefixed: "The prefix '{0}' cannot be bound to the empty namespace name.",
  NamespaceDeclarationXml:
    "The prefix 'xml' is bound to the namespace name 'http://www.w3.org/XML/1998/namespace'. Other prefixes must not be bound to this namespace name, and it must not be declared as the default namespace.",
  NamespaceDeclarationXmlns:
    "The prefix 'xmlns' is bound to the namespace name 'http://www.w3.org/2000/xmlns/'. It must not be declared. Other prefixes must not be bound to this namespace name, and it must not be declared as the default namespace.",
  InvalidPIName: "'{0}' is an invalid name for a processing instruction.",
} as const;

export function missingParent(): DotnetException {
  return invalidOperation(LinqRes.MissingParent);
}

export function linqArgument(message: string): DotnetException {
  return argument(message);
}
