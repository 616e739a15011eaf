import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { DotnetException } from '../exceptions.js';
import { DateTime, DateTimeKind } from '../time/date-time.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { Boxed } from '../values.js';
import { XName, XNamespace } from './names.js';
import { XAttribute } from './x-attribute.js';
import { XDocument } from './x-document.js';
import { XElement } from './x-element.js';
import { deepEquals } from './x-node.js';
import { XProcessingInstruction } from './x-processing-instruction.js';
import {
  convertRequired,
  xmlToBoolean,
  xmlToDecimal,
  xmlToFloating,
  xmlToInt32,
  xmlToUInt32,
} from './x-value.js';
import { parseXElement } from './xml-loader.js';

// Expected values from Mono's System.Xml.Linq (see conformance/cases/xml.ts), line breaks as CR LF.
const n = (name: string) => XName.Get(name);
const double = (value: number) => new Boxed(runtimeTypeNamed('double'), value);

function thrown(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return `${error.type}: ${error.message}`;
    throw error;
  }
  return 'nothing thrown';
}

describe('LINQ to XML as Mono runs it', () => {
  it('walks the tree', () => {
    const soap = parseXElement(
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><m>1</m></s:Body></s:Envelope>',
    );
    const body = soap.Element(XNamespace.Get('http://schemas.xmlsoap.org/soap/envelope/').GetName('Body'));
    expect(body?.ToString()).toBe(
      '<s:Body xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">\r\n  <m>1</m>\r\n</s:Body>',
    );
    const tree = parseXElement('<r><a><c>1</c></a><c>2</c></r>');
    expect([...tree.Descendants()].length).toBe(3);
    expect([...tree.DescendantNodes()].length).toBe(5);
    expect([...tree.Descendants(n('c'), true)].map((e) => e.Value)).toEqual(['1', '2']);
    expect(parseXElement('<r xmlns="urn:x"><a>1</a></r>').Element(n('a'))).toBeNull();
  });

  it('edits the tree', () => {
    const e = parseXElement('<r><a/></r>');
    e.Element(n('a'))?.Add(e);
    expect(e.ToString()).toBe('<r>\r\n  <a>\r\n    <r>\r\n      <a />\r\n    </r>\r\n  </a>\r\n</r>');
    const values = parseXElement('<r><a>1</a></r>');
    values.SetElementValue(n('a'), 2);
    values.SetElementValue(n('b'), 3);
    expect(values.ToString()).toBe('<r>\r\n  <a>2</a>\r\n  <b>3</b>\r\n</r>');
    const replaced = parseXElement('<r><a/></r>');
    replaced.ReplaceNodes([new XElement(n('b')), 't']);
    expect(replaced.ToString()).toBe('<r>\r\n  <b />t</r>');
    const appended = new XElement(n('r'));
    appended.Add(new XElement(n('a')));
    appended.Add('t');
    appended.Add('u');
    expect(appended.ToString()).toBe('<r>\r\n  <a />tu</r>');
    const attributes = parseXElement('<r x="1"/>');
    attributes.SetAttributeValue(n('x'), 2);
    attributes.SetAttributeValue(n('y'), 'n');
    expect(attributes.ToString()).toBe('<r x="2" y="n" />');
    expect(deepEquals(parseXElement('<a x="1"><b/></a>'), parseXElement('<a x="1"><b></b></a>'))).toBe(false);
    expect(deepEquals(parseXElement('<a x="1"><b/></a>'), parseXElement("<a  x='1'><b/></a>"))).toBe(true);
  });

  it('writes values as XmlConvert does', () => {
    expect(new XElement(n('a'), double(0.1 + 0.2)).Value).toBe('0.30000000000000004');
    expect(new XElement(n('a'), double(1e-7)).Value).toBe('1E-07');
    expect(new XElement(n('a'), double(Number.POSITIVE_INFINITY)).Value).toBe('INF');
    const utc = DateTime.fromUnixMilliseconds(Date.UTC(2024, 0, 2, 3, 4, 5), DateTimeKind.Utc);
    expect(new XElement(n('a'), utc).Value).toBe('2024-01-02T03:04:05Z');
    const local = DateTime.fromUnixMilliseconds(Date.UTC(2024, 0, 2, 3, 4, 5, 600), DateTimeKind.Unspecified);
    expect(new XElement(n('a'), local).Value).toBe('2024-01-02T03:04:05.6');
    expect(new XAttribute(n('a'), double(1.25)).Value).toBe('1.25');
  });

  it('converts text as XmlConvert does', () => {
    expect(xmlToInt32(' 42 ')).toBe(42);
    expect(thrown(() => xmlToInt32('4.5'))).toBe(
      'System.FormatException: Input string was not in a correct format.',
    );
    expect(thrown(() => xmlToInt32('3000000000'))).toBe(
      'System.OverflowException: Value was either too large or too small for an Int32.',
    );
    expect(thrown(() => xmlToUInt32('-1'))).toBe(
      'System.FormatException: Input string was not in a correct format.',
    );
    expect(xmlToBoolean('TRUE')).toBe(true);
    expect(xmlToBoolean(' false ')).toBe(false);
    expect(thrown(() => xmlToBoolean('yes'))).toBe(
      "System.FormatException: The string 'yes' is not a valid Boolean value.",
    );
    expect(xmlToFloating('-INF')).toBe(Number.NEGATIVE_INFINITY);
    expect(xmlToFloating('1.5e3')).toBe(1500);
    expect(thrown(() => xmlToDecimal('1e3'))).toBe(
      'System.FormatException: Input string was not in a correct format.',
    );
    expect(xmlToDecimal('12.3400').ToString()).toBe('12.3400');
    expect(thrown(() => convertRequired('element', xmlToInt32)(null))).toBe(
      'System.ArgumentNullException: Value cannot be null.\r\nParameter name: element',
    );
  });

  it('rejects what .NET rejects', () => {
    expect(thrown(() => new XDocument([new XElement(n('a')), new XElement(n('b'))]))).toBe(
      'System.InvalidOperationException: This operation would create an incorrectly structured document.',
    );
    expect(thrown(() => new XDocument('text'))).toBe(
      'System.ArgumentException: Non-whitespace characters cannot be added to content.',
    );
    expect(thrown(() => new XProcessingInstruction('xml', 'd'))).toBe(
      "System.ArgumentException: 'xml' is an invalid name for a processing instruction.",
    );
    expect(thrown(() => new XAttribute(XNamespace.Xmlns.GetName('p'), ''))).toBe(
      "System.ArgumentException: The prefix 'p' cannot be bound to the empty namespace name.",
    );
    expect(thrown(() => XName.Get('p:a'))).toBe(
      "System.Xml.XmlException: The ':' character, hexadecimal value 0x3A, cannot be included in a name.",
    );
    expect(thrown(() => new XElement(n('r')).Remove())).toBe(
      'System.InvalidOperationException: The parent is missing.',
    );
    expect(thrown(() => parseXElement('<a x=1/>'))).toBe(
      "System.Xml.XmlException: '1' is an unexpected token. The expected token is '\"' or '''. Line 1, position 6.",
    );
  });
});
