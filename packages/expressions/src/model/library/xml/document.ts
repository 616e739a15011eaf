import { notSupported } from '../../../runtime/exceptions.js';
import type { XDeclaration } from '../../../runtime/xml/x-declaration.js';
import { XDocument } from '../../../runtime/xml/x-document.js';
import { parseXDocument } from '../../../runtime/xml/xml-loader.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { settable } from './settable.js';

/** `System.Xml.Linq.XDocument` (`runtime/xml/x-document.ts`). API Management forbids `Load`. */
declareType({
  name: 'System.Xml.Linq.XDocument',
  kind: 'class',
  base: 'System.Xml.Linq.XContainer',
  apim: 'all',
  test: (value) => value instanceof XDocument,
  members: {
    'new()': () => new XDocument(),
    'new(params object[] content)': (content: unknown) => new XDocument(content),
    'new(XDeclaration declaration, params object[] content)': (
      declaration: XDeclaration | null,
      content: unknown,
    ) => XDocument.withDeclaration(declaration, content),
    'new(XDocument other)': XDocument.copyOf,
    'XDeclaration Declaration { get; set; }': settable('Declaration'),
    'XElement Root { get; }': jsProperty('Root'),
    'XDocumentType DocumentType { get; }': jsProperty('DocumentType'),
    'static XDocument Parse(string text)': (text: string | null) => parseXDocument(text),
    'static XDocument Parse(string text, LoadOptions options)': parseXDocument,
    'static XDocument Load(string uri)': {
      implementation: () => {
        throw notSupported();
      },
      apim: false,
    },
  },
});
