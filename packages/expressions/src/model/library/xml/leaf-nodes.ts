import { XComment } from '../../../runtime/xml/x-comment.js';
import { XDeclaration } from '../../../runtime/xml/x-declaration.js';
import { XDocumentType } from '../../../runtime/xml/x-document-type.js';
import { XProcessingInstruction } from '../../../runtime/xml/x-processing-instruction.js';
import { XCData, XText } from '../../../runtime/xml/x-text.js';
import { jsMethod } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { settable } from './settable.js';

/** `System.Xml.Linq.XText`: a text node. */
declareType({
  name: 'System.Xml.Linq.XText',
  kind: 'class',
  base: 'System.Xml.Linq.XNode',
  apim: 'all',
  test: (value) => value instanceof XText,
  members: {
    'new(string value)': (value: string | null) => new XText(value),
    'new(XText other)': XText.copyOf,
    'string Value { get; set; }': { implementation: settable('Value'), nonNull: true },
  },
});

/** `System.Xml.Linq.XCData`: a CDATA section. */
declareType({
  name: 'System.Xml.Linq.XCData',
  kind: 'class',
  base: 'System.Xml.Linq.XText',
  apim: 'all',
  test: (value) => value instanceof XCData,
  members: {
    'new(string value)': (value: string | null) => new XCData(value),
    'new(XCData other)': XCData.copyOf,
  },
});

/** `System.Xml.Linq.XComment`. */
declareType({
  name: 'System.Xml.Linq.XComment',
  kind: 'class',
  base: 'System.Xml.Linq.XNode',
  apim: 'all',
  test: (value) => value instanceof XComment,
  members: {
    'new(string value)': (value: string | null) => new XComment(value),
    'new(XComment other)': XComment.copyOf,
    'string Value { get; set; }': { implementation: settable('Value'), nonNull: true },
  },
});

/** `System.Xml.Linq.XProcessingInstruction`. */
declareType({
  name: 'System.Xml.Linq.XProcessingInstruction',
  kind: 'class',
  base: 'System.Xml.Linq.XNode',
  apim: 'all',
  test: (value) => value instanceof XProcessingInstruction,
  members: {
    'new(string target, string data)': (target: string | null, data: string | null) =>
      new XProcessingInstruction(target, data),
    'new(XProcessingInstruction other)': XProcessingInstruction.copyOf,
    'string Target { get; set; }': { implementation: settable('Target'), nonNull: true },
    'string Data { get; set; }': { implementation: settable('Data'), nonNull: true },
  },
});

/** `System.Xml.Linq.XDocumentType`. */
declareType({
  name: 'System.Xml.Linq.XDocumentType',
  kind: 'class',
  base: 'System.Xml.Linq.XNode',
  apim: 'all',
  test: (value) => value instanceof XDocumentType,
  members: {
    'new(string name, string publicId, string systemId, string internalSubset)': (
      name: string | null,
      publicId: string | null,
      systemId: string | null,
      internalSubset: string | null,
    ) => new XDocumentType(name, publicId, systemId, internalSubset),
    'new(XDocumentType other)': XDocumentType.copyOf,
    'string Name { get; set; }': { implementation: settable('Name'), nonNull: true },
    'string PublicId { get; set; }': settable('PublicId'),
    'string SystemId { get; set; }': settable('SystemId'),
    'string InternalSubset { get; set; }': settable('InternalSubset'),
  },
});

/** `System.Xml.Linq.XDeclaration`: not a node; `ToString()` gives `<?xml ...?>`. */
declareType({
  name: 'System.Xml.Linq.XDeclaration',
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof XDeclaration,
  members: {
    'new(string version, string encoding, string standalone)': (
      version: string | null,
      encoding: string | null,
      standalone: string | null,
    ) => new XDeclaration(version, encoding, standalone),
    'new(XDeclaration other)': XDeclaration.copyOf,
    'string Version { get; set; }': settable('Version'),
    'string Encoding { get; set; }': settable('Encoding'),
    'string Standalone { get; set; }': settable('Standalone'),
    'string ToString()': { implementation: jsMethod('ToString'), nonNull: true },
  },
});
