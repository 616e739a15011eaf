import {
  addName,
  nameFromString,
  namespaceFromString,
  XName,
  XNamespace,
} from '../../../runtime/xml/names.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `System.Xml.Linq.XName`: interned names (`runtime/xml/names.ts`); strings convert implicitly. */
declareType({
  name: 'System.Xml.Linq.XName',
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: ['IEquatable<XName>'],
  test: (value) => value instanceof XName,
  members: {
    'string LocalName { get; }': { implementation: jsProperty('LocalName'), nonNull: true },
    'XNamespace Namespace { get; }': { implementation: jsProperty('Namespace'), nonNull: true },
    'string NamespaceName { get; }': { implementation: jsProperty('NamespaceName'), nonNull: true },
    'static XName Get(string expandedName)': (expandedName: string | null) => XName.Get(expandedName),
    'static XName Get(string localName, string namespaceName)': (local: string | null, ns: string | null) =>
      XName.GetIn(local, ns),
    'static implicit operator XName(string expandedName)': nameFromString,
    'static bool operator ==(XName left, XName right)': (left: XName | null, right: XName | null) =>
      left === right,
    'static bool operator !=(XName left, XName right)': (left: XName | null, right: XName | null) =>
      left !== right,
    'string ToString()': jsMethod('ToString'),
    'bool Equals(object obj)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
  },
});

/** `System.Xml.Linq.XNamespace`: `ns + "local"` makes an `XName`. */
declareType({
  name: 'System.Xml.Linq.XNamespace',
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: (value) => value instanceof XNamespace,
  members: {
    'string NamespaceName { get; }': { implementation: jsProperty('NamespaceName'), nonNull: true },
    'static XNamespace None { get; }': { implementation: () => XNamespace.None, nonNull: true },
    'static XNamespace Xml { get; }': { implementation: () => XNamespace.Xml, nonNull: true },
    'static XNamespace Xmlns { get; }': { implementation: () => XNamespace.Xmlns, nonNull: true },
    'static XNamespace Get(string namespaceName)': (namespaceName: string | null) =>
      XNamespace.Get(namespaceName),
    'XName GetName(string localName)': jsMethod('GetName'),
    'static implicit operator XNamespace(string namespaceName)': namespaceFromString,
    'static XName operator +(XNamespace ns, string localName)': addName,
    'static bool operator ==(XNamespace left, XNamespace right)': (
      left: XNamespace | null,
      right: XNamespace | null,
    ) => left === right,
    'static bool operator !=(XNamespace left, XNamespace right)': (
      left: XNamespace | null,
      right: XNamespace | null,
    ) => left !== right,
    'string ToString()': jsMethod('ToString'),
    'bool Equals(object obj)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
  },
});
