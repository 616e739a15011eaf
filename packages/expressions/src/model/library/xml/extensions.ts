import {
  ancestorsAndSelfOfAll,
  ancestorsNamedOfAll,
  ancestorsOfAll,
  attributesNamedOfAll,
  attributesOfAll,
  descendantNodesOfAll,
  descendantsAndSelfNamedOfAll,
  descendantsAndSelfOfAll,
  descendantsNamedOfAll,
  descendantsOfAll,
  elementsNamedOfAll,
  elementsOfAll,
  inDocumentOrder,
  nodesOfAll,
  removeAll,
} from '../../../runtime/xml/extensions.js';
import { declareType } from '../../registry.js';

/**
 * `System.Xml.Linq.Extensions`. .NET declares most of them generic with a constraint
 * (`Elements<T>(this IEnumerable<T> source) where T : XContainer`); they are declared here on
 * the base types, which `IEnumerable<out T>`'s covariance makes equivalent for callers.
 */
declareType({
  name: 'System.Xml.Linq.Extensions',
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static IEnumerable<XElement> Elements(this IEnumerable<XContainer> source)': elementsOfAll,
    'static IEnumerable<XElement> Elements(this IEnumerable<XContainer> source, XName name)':
      elementsNamedOfAll,
    'static IEnumerable<XElement> Descendants(this IEnumerable<XContainer> source)': descendantsOfAll,
    'static IEnumerable<XElement> Descendants(this IEnumerable<XContainer> source, XName name)':
      descendantsNamedOfAll,
    'static IEnumerable<XElement> DescendantsAndSelf(this IEnumerable<XElement> source)':
      descendantsAndSelfOfAll,
    'static IEnumerable<XElement> DescendantsAndSelf(this IEnumerable<XElement> source, XName name)':
      descendantsAndSelfNamedOfAll,
    'static IEnumerable<XElement> Ancestors(this IEnumerable<XNode> source)': ancestorsOfAll,
    'static IEnumerable<XElement> Ancestors(this IEnumerable<XNode> source, XName name)': ancestorsNamedOfAll,
    'static IEnumerable<XElement> AncestorsAndSelf(this IEnumerable<XElement> source)': ancestorsAndSelfOfAll,
    'static IEnumerable<XNode> Nodes(this IEnumerable<XContainer> source)': nodesOfAll,
    'static IEnumerable<XNode> DescendantNodes(this IEnumerable<XContainer> source)': descendantNodesOfAll,
    'static IEnumerable<XAttribute> Attributes(this IEnumerable<XElement> source)': attributesOfAll,
    'static IEnumerable<XAttribute> Attributes(this IEnumerable<XElement> source, XName name)':
      attributesNamedOfAll,
    'static IEnumerable<XNode> InDocumentOrder(this IEnumerable<XNode> source)': inDocumentOrder,
    'static void Remove(this IEnumerable<XNode> source)': removeAll,
    'static void Remove(this IEnumerable<XAttribute> source)': removeAll,
  },
});
