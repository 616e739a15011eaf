export { convertEncoding, type EncodingResult, type PolicyEncoding } from './encoding.js';
export { type DocumentDiagnosticCode, type DocumentMessage, documentMessages } from './messages.js';
export type {
  AttributeNode,
  CDataNode,
  CommentNode,
  ContentNode,
  DeclarationNode,
  DocumentNode,
  ElementNode,
  ExpressionSite,
  ExpressionSource,
  Located,
  PayloadNode,
  PolicyDocument,
  ReadResult,
  SectionName,
  TextNode,
} from './model.js';
export { SECTION_NAMES } from './model.js';
export { type ReadOptions, readPolicyDocument } from './read.js';
