export * from './ast/index.js';
export type { Diagnostic, DiagnosticData, DiagnosticFix, Severity } from './diagnostics/diagnostic.js';
export { formatMessage } from './diagnostics/diagnostic.js';
export { type DiagnosticCode, messages } from './diagnostics/messages.js';
export { type ParseOptions, type ParseResult, parseExpression } from './parser/parse.js';
export { findExpressionEnd } from './scan/expression-extent.js';
export { LineMap } from './source/line-map.js';
export {
  FILE_START,
  type Position,
  type Range,
  type SourceLocation,
  type SourcePosition,
} from './source/position.js';
export { mapperFromStart, type PositionMapper } from './source/position-mapper.js';
