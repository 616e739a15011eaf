import type { XName } from '../../../runtime/xml/names.js';
import { XElement } from '../../../runtime/xml/x-element.js';
import { parseXElement } from '../../../runtime/xml/xml-loader.js';
import { sequence } from '../../../runtime/xml/xml-sequence.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { explicitConversions } from './conversions.js';
import { settable } from './settable.js';

/** `System.Xml.Linq.XElement` (`runtime/xml/x-element.ts`). */
declareType({
  name: 'System.Xml.Linq.XElement',
  kind: 'class',
  base: 'System.Xml.Linq.XContainer',
  apim: 'all',
  test: (value) => value instanceof XElement,
  members: {
    'new(XName name)': (name: XName | null) => new XElement(name),
    'new(XName name, object content)': (name: XName | null, content: unknown) => new XElement(name, content),
    'new(XName name, params object[] content)': (name: XName | null, content: unknown) =>
      new XElement(name, content),
    'new(XElement other)': XElement.copyOf,
    'XName Name { get; set; }': { implementation: settable('Name'), nonNull: true },
    'string Value { get; set; }': { implementation: settable('Value'), nonNull: true },
    'bool IsEmpty { get; }': jsProperty('IsEmpty'),
    'bool HasElements { get; }': jsProperty('HasElements'),
    'bool HasAttributes { get; }': jsProperty('HasAttributes'),
    'XAttribute FirstAttribute { get; }': jsProperty('FirstAttribute'),
    'XAttribute LastAttribute { get; }': jsProperty('LastAttribute'),
    'XAttribute Attribute(XName name)': jsMethod('Attribute'),
    'IEnumerable<XAttribute> Attributes()': (self: XElement) => self.Attributes(),
    'IEnumerable<XAttribute> Attributes(XName name)': (self: XElement, name: XName | null) =>
      self.Attributes(name, true),
    'IEnumerable<XElement> AncestorsAndSelf()': (self: XElement) => self.AncestorsAndSelf(),
    'IEnumerable<XElement> AncestorsAndSelf(XName name)': (self: XElement, name: XName | null) =>
      self.AncestorsAndSelf(name, true),
    'IEnumerable<XElement> DescendantsAndSelf()': (self: XElement) => self.DescendantsAndSelf(),
    'IEnumerable<XElement> DescendantsAndSelf(XName name)': (self: XElement, name: XName | null) =>
      self.DescendantsAndSelf(name, true),
    'IEnumerable<XNode> DescendantNodesAndSelf()': jsMethod('DescendantNodesAndSelf'),
    'void SetAttributeValue(XName name, object value)': jsMethod('SetAttributeValue'),
    'void SetElementValue(XName name, object value)': jsMethod('SetElementValue'),
    'void SetValue(object value)': jsMethod('SetValue'),
    'void RemoveAttributes()': jsMethod('RemoveAttributes'),
    'void RemoveAll()': jsMethod('RemoveAll'),
    'void ReplaceAll(object content)': jsMethod('ReplaceAll'),
    'void ReplaceAll(params object[] content)': jsMethod('ReplaceAll'),
    'void ReplaceAttributes(object content)': jsMethod('ReplaceAttributes'),
    'void ReplaceAttributes(params object[] content)': jsMethod('ReplaceAttributes'),
    'XNamespace GetDefaultNamespace()': { implementation: jsMethod('GetDefaultNamespace'), nonNull: true },
    'XNamespace GetNamespaceOfPrefix(string prefix)': jsMethod('GetNamespaceOfPrefix'),
    'string GetPrefixOfNamespace(XNamespace ns)': jsMethod('GetPrefixOfNamespace'),
    'static IEnumerable<XElement> EmptySequence { get; }': {
      implementation: () => sequence<XElement>('XElement', function* () {}),
      nonNull: true,
    },
    'static XElement Parse(string text)': (text: string | null) => parseXElement(text),
    'static XElement Parse(string text, LoadOptions options)': parseXElement,
    ...explicitConversions('XElement'),
  },
});
