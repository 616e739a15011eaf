import { describe, expect, it } from 'vitest';
import { XName, XNamespace } from './names.js';
import { XAttribute } from './x-attribute.js';
import { XComment } from './x-comment.js';
import { XDocument } from './x-document.js';
import { XElement } from './x-element.js';
import { XProcessingInstruction } from './x-processing-instruction.js';
import { XCData, XText } from './x-text.js';
import { parseXDocument, parseXElement } from './xml-loader.js';
import { LoadOptions, SaveOptions } from './xml-node-type.js';

// Expected values from Mono (System.Xml.Linq), with its "\n" line breaks written as .NET
// Framework on Windows writes them ("\r\n").
const n = (name: string, ns = '') => XNamespace.Get(ns).GetName(name);

describe('ToString of LINQ to XML nodes', () => {
  it('indents element content and keeps mixed content on one line', () => {
    const document = parseXDocument(
      '<?xml version="1.0"?><root a="1"><b>hi &amp; there</b><c/><d></d><!-- x --><e>t<f/>u</e></root>',
    );
    expect(document.ToString()).toBe(
      '<root a="1">\r\n  <b>hi &amp; there</b>\r\n  <c />\r\n  <d></d>\r\n  <!-- x -->\r\n  <e>t<f />u</e>\r\n</root>',
    );
    expect(document.Declaration?.ToString()).toBe('<?xml version="1.0"?>');
    const mixed = new XElement(n('a'), [
      new XElement(n('b'), 't'),
      new XElement(n('c'), new XElement(n('d'))),
      'mixed',
      new XElement(n('e'), new XElement(n('f'))),
    ]);
    expect(mixed.ToString()).toBe('<a>\r\n  <b>t</b>\r\n  <c>\r\n    <d />\r\n  </c>mixed<e><f /></e></a>');
  });

  it('declares namespaces and makes up prefixes as XmlWriter does', () => {
    const element = new XElement(n('a', 'urn:x'), [
      new XAttribute(n('b', 'urn:y'), 1),
      new XElement(n('c', 'urn:x'), 'x'),
      new XElement(n('d')),
    ]);
    expect(element.ToString()).toBe(
      '<a p1:b="1" xmlns:p1="urn:y" xmlns="urn:x">\r\n  <c>x</c>\r\n  <d xmlns="" />\r\n</a>',
    );
    expect(element.ToStringWith(SaveOptions.DisableFormatting)).toBe(
      '<a p1:b="1" xmlns:p1="urn:y" xmlns="urn:x"><c>x</c><d xmlns="" /></a>',
    );
    const two = new XElement(n('a'), [
      new XAttribute(n('b', 'urn:y'), 1),
      new XAttribute(n('c', 'urn:z'), 2),
    ]);
    expect(two.ToString()).toBe('<a p1:b="1" p2:c="2" xmlns:p2="urn:z" xmlns:p1="urn:y" />');
    const parsed = parseXElement('<p:a xmlns:p="urn:p"><p:b x="1"/></p:a>');
    expect(parsed.Element(n('b', 'urn:p'))?.ToString()).toBe('<p:b x="1" xmlns:p="urn:p" />');
    const declared = new XElement(n('a'), [
      new XAttribute(XNamespace.Xmlns.GetName('p'), 'urn:y'),
      new XElement(n('b', 'urn:y'), new XAttribute(n('c', 'urn:y'), 1)),
    ]);
    expect(declared.ToString()).toBe('<a xmlns:p="urn:y">\r\n  <p:b p:c="1" />\r\n</a>');
    expect(new XElement(n('a'), new XAttribute(XNamespace.Xml.GetName('lang'), 'en')).ToString()).toBe(
      '<a xml:lang="en" />',
    );
    expect(() => new XElement(n('a', 'urn:x'), new XAttribute(n('xmlns'), 'urn:other')).ToString()).toThrow(
      "The prefix '' cannot be redefined from 'urn:x' to 'urn:other' within the same start element tag.",
    );
  });

  it('escapes text, attributes, comments, instructions and CDATA', () => {
    expect(new XText('a<b>&"\'\r\nc').ToString()).toBe('a&lt;b&gt;&amp;"\'\r\nc');
    expect(new XAttribute(n('a'), 'x<>&"\'\t\n\r').ToString()).toBe(
      'a="x&lt;&gt;&amp;&quot;\'&#x9;&#xA;&#xD;"',
    );
    expect(new XComment('a--b-').ToString()).toBe('<!--a- -b- -->');
    expect(new XProcessingInstruction('pi', '').ToString()).toBe('<?pi?>');
    expect(new XProcessingInstruction('pi', 'a?>b').ToString()).toBe('<?pi a? >b?>');
    expect(new XCData('a]]>b').ToString()).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(new XElement(n('a'), '').ToString()).toBe('<a></a>');
  });

  it('writes documents: types, comments, whitespace', () => {
    expect(new XDocument([new XComment('c'), new XElement(n('r'))]).ToString()).toBe('<!--c-->\r\n<r />');
    expect(new XDocument().ToString()).toBe('');
    expect(parseXDocument('<!DOCTYPE html><html/>').ToString()).toBe('<!DOCTYPE html []>\r\n<html />');
    expect(parseXDocument('<!DOCTYPE a SYSTEM "x.dtd" [<!ENTITY e "v">]><a>&e;</a>').ToString()).toBe(
      '<!DOCTYPE a SYSTEM "x.dtd"[<!ENTITY e "v">]>\r\n<a>v</a>',
    );
    expect(parseXDocument('<!--c-->\n<a/>', LoadOptions.PreserveWhitespace).ToString()).toBe(
      '<!--c-->\r\n<a />',
    );
    expect(parseXElement('  <!--c--> <a> <b/> </a> <!--d-->').ToString()).toBe('<a>\r\n  <b />\r\n</a>');
    expect(parseXElement('<a> <b/> </a>', LoadOptions.PreserveWhitespace).ToString()).toBe('<a> <b /> </a>');
  });

  it('converts values to text as XmlConvert does', () => {
    expect(XName.Get('{urn:x}a').ToString()).toBe('{urn:x}a');
    expect(new XElement(n('a'), [true, 3, 'x']).ToString()).toBe('<a>true3x</a>');
  });
});
