import type { XName } from '../../../runtime/xml/names.js';
import { XContainer } from '../../../runtime/xml/x-container.js';
import { compareDocumentOrder, deepEquals, XNode, XObject } from '../../../runtime/xml/x-node.js';
import { writeNode } from '../../../runtime/xml/xml-writer.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `System.Xml.Linq.XObject`: nodes and attributes (`runtime/xml/x-node.ts`). */
declareType({
  name: 'System.Xml.Linq.XObject',
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof XObject,
  members: {
    'string BaseUri { get; }': { implementation: jsProperty('BaseUri'), nonNull: true },
    'XDocument Document { get; }': jsProperty('Document'),
    'XmlNodeType NodeType { get; }': jsProperty('NodeType'),
    'XElement Parent { get; }': jsProperty('Parent'),
  },
});

/** `System.Xml.Linq.XNode`: a node among its siblings. */
declareType({
  name: 'System.Xml.Linq.XNode',
  kind: 'class',
  base: 'System.Xml.Linq.XObject',
  apim: 'all',
  test: (value) => value instanceof XNode,
  members: {
    'XNode NextNode { get; }': jsProperty('NextNode'),
    'XNode PreviousNode { get; }': jsProperty('PreviousNode'),
    'void AddAfterSelf(object content)': jsMethod('AddAfterSelf'),
    'void AddAfterSelf(params object[] content)': jsMethod('AddAfterSelf'),
    'void AddBeforeSelf(object content)': jsMethod('AddBeforeSelf'),
    'void AddBeforeSelf(params object[] content)': jsMethod('AddBeforeSelf'),
    'void ReplaceWith(object content)': jsMethod('ReplaceWith'),
    'void ReplaceWith(params object[] content)': jsMethod('ReplaceWith'),
    'void Remove()': jsMethod('Remove'),
    'IEnumerable<XElement> Ancestors()': (self: XNode) => self.Ancestors(),
    'IEnumerable<XElement> Ancestors(XName name)': (self: XNode, name: XName | null) =>
      self.Ancestors(name, true),
    'IEnumerable<XNode> NodesAfterSelf()': jsMethod('NodesAfterSelf'),
    'IEnumerable<XNode> NodesBeforeSelf()': jsMethod('NodesBeforeSelf'),
    'IEnumerable<XElement> ElementsAfterSelf()': (self: XNode) => self.ElementsAfterSelf(),
    'IEnumerable<XElement> ElementsAfterSelf(XName name)': (self: XNode, name: XName | null) =>
      self.ElementsAfterSelf(name, true),
    'IEnumerable<XElement> ElementsBeforeSelf()': (self: XNode) => self.ElementsBeforeSelf(),
    'IEnumerable<XElement> ElementsBeforeSelf(XName name)': (self: XNode, name: XName | null) =>
      self.ElementsBeforeSelf(name, true),
    'bool IsAfter(XNode node)': jsMethod('IsAfter'),
    'bool IsBefore(XNode node)': jsMethod('IsBefore'),
    'string ToString()': jsMethod('ToString'),
    'string ToString(SaveOptions options)': (self: XNode, options: number) => writeNode(self, options),
    'static int CompareDocumentOrder(XNode n1, XNode n2)': compareDocumentOrder,
    'static bool DeepEquals(XNode n1, XNode n2)': deepEquals,
  },
});

/** `System.Xml.Linq.XContainer`: a node with children (element or document). */
declareType({
  name: 'System.Xml.Linq.XContainer',
  kind: 'class',
  base: 'System.Xml.Linq.XNode',
  apim: 'all',
  test: (value) => value instanceof XContainer,
  members: {
    'XNode FirstNode { get; }': jsProperty('FirstNode'),
    'XNode LastNode { get; }': jsProperty('LastNode'),
    'IEnumerable<XNode> Nodes()': jsMethod('Nodes'),
    'IEnumerable<XElement> Elements()': (self: XContainer) => self.Elements(),
    'IEnumerable<XElement> Elements(XName name)': (self: XContainer, name: XName | null) =>
      self.Elements(name, true),
    'XElement Element(XName name)': jsMethod('Element'),
    'IEnumerable<XNode> DescendantNodes()': jsMethod('DescendantNodes'),
    'IEnumerable<XElement> Descendants()': (self: XContainer) => self.Descendants(),
    'IEnumerable<XElement> Descendants(XName name)': (self: XContainer, name: XName | null) =>
      self.Descendants(name, true),
    'void Add(object content)': jsMethod('Add'),
    'void Add(params object[] content)': jsMethod('Add'),
    'void AddFirst(object content)': jsMethod('AddFirst'),
    'void AddFirst(params object[] content)': jsMethod('AddFirst'),
    'void RemoveNodes()': jsMethod('RemoveNodes'),
    'void ReplaceNodes(object content)': jsMethod('ReplaceNodes'),
    'void ReplaceNodes(params object[] content)': jsMethod('ReplaceNodes'),
  },
});
