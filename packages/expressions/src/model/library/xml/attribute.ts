import type { XName } from '../../../runtime/xml/names.js';
import { XAttribute } from '../../../runtime/xml/x-attribute.js';
import { sequence } from '../../../runtime/xml/xml-sequence.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { explicitConversions } from './conversions.js';
import { settable } from './settable.js';

/** `System.Xml.Linq.XAttribute` (`runtime/xml/x-attribute.ts`). */
declareType({
  name: 'System.Xml.Linq.XAttribute',
  kind: 'class',
  base: 'System.Xml.Linq.XObject',
  apim: 'all',
  test: (value) => value instanceof XAttribute,
  members: {
    'new(XName name, object value)': (name: XName | null, value: unknown) => new XAttribute(name, value),
    'new(XAttribute other)': XAttribute.copyOf,
    'XName Name { get; }': { implementation: jsProperty('Name'), nonNull: true },
    'string Value { get; set; }': { implementation: settable('Value'), nonNull: true },
    'bool IsNamespaceDeclaration { get; }': jsProperty('IsNamespaceDeclaration'),
    'XAttribute NextAttribute { get; }': jsProperty('NextAttribute'),
    'XAttribute PreviousAttribute { get; }': jsProperty('PreviousAttribute'),
    'void Remove()': jsMethod('Remove'),
    'void SetValue(object value)': jsMethod('SetValue'),
    'string ToString()': jsMethod('ToString'),
    'static IEnumerable<XAttribute> EmptySequence { get; }': {
      implementation: () => sequence<XAttribute>('XAttribute', function* () {}),
      nonNull: true,
    },
    ...explicitConversions('XAttribute'),
  },
});
