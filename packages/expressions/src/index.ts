export * from './ast/index.js';
export { type BoundNode, boundChildren, walkBound } from './binder/bound-children.js';
// The bound tree, for tools that analyse expressions (lint rules): what every name and member
// refers to, with types; walk it with `walkBound` / `boundChildren`.
export type * from './binder/bound-tree.js';
export {
  type CompiledExpressionSet,
  compileExpressionSet,
  type ExpressionSetOptions,
} from './compiler/aot/compile-expression-set.js';
export { type CompiledModule, compileModule, type ModuleOptions } from './compiler/aot/compile-module.js';
export {
  type Backend,
  type CheckOptions,
  type CheckResult,
  type CompiledExpression,
  type CompileOptions,
  checkExpression,
  compileExpression,
  ExpressionCompileError,
} from './compiler/compile.js';
export type { EvaluateOptions } from './compiler/evaluate-options.js';
export type { Evaluate } from './compiler/evaluation.js';
export type { CertificateNeed } from './compiler/needs.js';
export type { Diagnostic, DiagnosticData, DiagnosticFix, Severity } from './diagnostics/diagnostic.js';
export { formatMessage } from './diagnostics/diagnostic.js';
export { type DiagnosticCode, messages } from './diagnostics/messages.js';
export { type ParseOptions, type ParseResult, parseExpression } from './parser/parse.js';
export {
  type ContextEntities,
  type ContextInit,
  createContext,
  createContextEntities,
  createLastError,
  createResponse,
  type LastError,
  MessageBody,
  ProxyRequest,
  ProxyRequestContext,
  ProxyResponse,
  ProxyUrl,
  type RequestInit as ContextRequestInit,
  type ResponseInit as ContextResponseInit,
  reasonPhrase,
  StringValuesDictionary,
  VariablesDictionary,
} from './runtime/apim/index.js';
export { dotnetTypeNameOf } from './runtime/core/type-name.js';
export { BudgetExceeded, DotnetException } from './runtime/exceptions.js';
export { toDotnetString } from './runtime/text/to-string.js';
export {
  type CertificateFacts,
  type CertificateParser,
  type CertificateSource,
  FactNotPrepared,
  setCertificateParser,
  type TestCertificateInit,
  testCertificate,
  testCertificates,
} from './runtime/x509/index.js';
/**
 * The runtime of modules compiled ahead of time, from this entry: a host that builds contexts
 * with this entry gives compiled modules the same classes (`DotnetException`, the model) through it.
 */
export * as moduleRuntime from './runtime-entry.js';
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
