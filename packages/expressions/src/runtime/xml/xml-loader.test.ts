import { describe, expect, it } from 'vitest';
import { DotnetException } from '../exceptions.js';
import { XName } from './names.js';
import { parseXDocument, parseXElement } from './xml-loader.js';

/** The .NET exception a call throws, as `Type: message`. */
function thrown(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return `${error.type}: ${error.message}`;
    throw error;
  }
  return 'nothing thrown';
}

// Expected values from Mono's System.Xml.Linq.
describe('XDocument.Parse and XElement.Parse', () => {
  it('reads elements, text, entities and CDATA', () => {
    const root = parseXElement('<a>x<b>y</b><![CDATA[z]]>&amp;&#65;</a>');
    expect(root.Value).toBe('xyz&A');
    expect(root.Element(XName.Get('b'))?.Value).toBe('y');
    expect(root.Parent).toBeNull();
    const document = parseXDocument('<?xml version="1.0" encoding="utf-8"?><r/>');
    expect(document.Declaration?.ToString()).toBe('<?xml version="1.0" encoding="utf-8"?>');
    expect(document.Root?.Document).toBe(document);
  });

  it('keeps empty content of <a></a>', () => {
    expect(parseXElement('<a></a>').IsEmpty).toBe(false);
    expect(parseXElement('<a/>').IsEmpty).toBe(true);
  });

  it('reports malformed XML as .NET does', () => {
    expect(thrown(() => parseXDocument('<a><b></a>'))).toBe(
      "System.Xml.XmlException: The 'b' start tag on line 1 position 5 does not match the end tag of 'a'. Line 1, position 9.",
    );
    expect(thrown(() => parseXElement('<a/><b/>'))).toBe(
      'System.Xml.XmlException: There are multiple root elements. Line 1, position 6.',
    );
    expect(thrown(() => parseXElement(''))).toBe('System.Xml.XmlException: Root element is missing.');
    expect(thrown(() => parseXElement('<a>&bogus;</a>'))).toBe(
      "System.Xml.XmlException: Reference to undeclared entity 'bogus'. Line 1, position 5.",
    );
    expect(thrown(() => parseXElement("<a b='1' b='2'/>"))).toBe(
      "System.Xml.XmlException: 'b' is a duplicate attribute name. Line 1, position 10.",
    );
    expect(thrown(() => parseXElement('<a><b>'))).toBe(
      'System.Xml.XmlException: Unexpected end of file has occurred. The following elements are not closed: b, a. Line 1, position 7.',
    );
    expect(thrown(() => parseXElement('<a>'))).toBe(
      'System.Xml.XmlException: Data at the root level is invalid. Line 1, position 1.',
    );
    expect(thrown(() => parseXElement('<p:a/>'))).toBe(
      "System.Xml.XmlException: 'p' is an undeclared prefix. Line 1, position 2.",
    );
    expect(thrown(() => parseXElement('text'))).toBe(
      'System.Xml.XmlException: Data at the root level is invalid. Line 1, position 1.',
    );
  });
});
