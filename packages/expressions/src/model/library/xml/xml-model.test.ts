import { describe, expect, it } from 'vitest';
import '../index.js';
import '../../runtime-types.js';
import { EXPRESSIONS_NAMESPACE } from '../../../runtime/apim/names.js';
import { BasicAuthCredentials } from '../../../runtime/xml/apim-basic.js';
import { asJwt } from '../../../runtime/xml/apim-jwt.js';
import { XName } from '../../../runtime/xml/names.js';
import { XAttribute } from '../../../runtime/xml/x-attribute.js';
import { XComment } from '../../../runtime/xml/x-comment.js';
import { XDeclaration } from '../../../runtime/xml/x-declaration.js';
import { XDocument } from '../../../runtime/xml/x-document.js';
import { XDocumentType } from '../../../runtime/xml/x-document-type.js';
import { XElement } from '../../../runtime/xml/x-element.js';
import { XProcessingInstruction } from '../../../runtime/xml/x-processing-instruction.js';
import { XCData, XText } from '../../../runtime/xml/x-text.js';
import { definitionNamed } from '../../registry.js';
import { declarationProblems } from '../test-support/check-declarations.js';

const element = new XElement(XName.Get('a'));
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.';

/** The types the xml area declares, with an instance of their runtime class when they have one. */
const types: readonly (readonly [string, object | null])[] = [
  ['System.Xml.Linq.XName', XName.Get('a')],
  ['System.Xml.Linq.XNamespace', XName.Get('{urn:x}a').Namespace],
  ['System.Xml.Linq.XObject', element],
  ['System.Xml.Linq.XNode', element],
  ['System.Xml.Linq.XContainer', element],
  ['System.Xml.Linq.XElement', element],
  ['System.Xml.Linq.XDocument', new XDocument()],
  ['System.Xml.Linq.XAttribute', new XAttribute(XName.Get('b'), 'v')],
  ['System.Xml.Linq.XText', new XText('t')],
  ['System.Xml.Linq.XCData', new XCData('t')],
  ['System.Xml.Linq.XComment', new XComment('c')],
  ['System.Xml.Linq.XProcessingInstruction', new XProcessingInstruction('p', 'd')],
  ['System.Xml.Linq.XDocumentType', new XDocumentType('d', null, null, null)],
  ['System.Xml.Linq.XDeclaration', new XDeclaration('1.0', null, null)],
  ['System.Xml.Linq.Extensions', null],
  ['System.Xml.XmlNodeType', null],
  ['System.Xml.Linq.LoadOptions', null],
  ['System.Xml.Linq.SaveOptions', null],
  ['System.Xml.XmlException', null],
  [`${EXPRESSIONS_NAMESPACE}.Jwt`, asJwt(token)],
  [`${EXPRESSIONS_NAMESPACE}.BasicAuthCredentials`, new BasicAuthCredentials('u', 'p')],
  [`${EXPRESSIONS_NAMESPACE}.StringAuthorizationExtensions`, null],
];

describe('the xml area’s model', () => {
  it.each(types)('resolves every member of %s and finds its implementation', (name, instance) => {
    const definition = definitionNamed(name);
    if (definition === undefined) throw new Error(`${name} is not declared`);
    expect(declarationProblems(definition, { sample: instance })).toEqual([]);
  });

  it('parses the token the test uses', () => {
    expect(asJwt(token)?.Subject).toBe('x');
  });

  it('forbids XDocument.Load, as API Management does', () => {
    const load = definitionNamed('System.Xml.Linq.XDocument')!.members.byName.get('Load')!;
    expect(load.every((member) => !member.allowed)).toBe(true);
  });

  it('declares the conversions policies use', () => {
    const operators = definitionNamed('System.Xml.Linq.XElement')!.members.operators;
    expect(operators.filter((o) => o.operator === 'explicit').length).toBe(21);
  });
});
