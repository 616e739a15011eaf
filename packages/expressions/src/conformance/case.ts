import type { ContextInit } from '../runtime/apim/context-init.js';

/**
 * One conformance case: a C# policy expression and what .NET makes of it. The same cases run
 * against every backend of the compiler (code generation, closures, ahead-of-time module).
 *
 * Expected values are what .NET prints for the result: `value == null ? "<null>" : value.ToString()`
 * in the culture and time zone of the environment, established with Mono (`mcs -langversion:7`)
 * or .NET's reference source where Mono differs from .NET Framework.
 */
export interface ConformanceCase {
  /** A C# expression (wrapped in `@(...)`) or, starting with `@{`, a whole code block. */
  readonly expression: string;
  /** What the result prints as; `null` for a null result. Absent when `throws` is given. */
  readonly expect?: string | null;
  /** The run-time type of the result (`GetType().FullName`), when it matters. */
  readonly type?: string;
  /** The .NET exception the evaluation throws, by full type name. */
  readonly throws?: string;
  /** The exception's message, when it matters. */
  readonly message?: string;
  /** The evaluation environment, when the case depends on it. */
  readonly environment?: {
    /** ISO-8601 instant for `DateTime.UtcNow`; default 2024-01-15T10:30:00Z. */
    readonly now?: string;
    /** IANA time zone of the gateway; default UTC. */
    readonly timeZone?: string;
    readonly culture?: 'en-US' | 'invariant';
    readonly dotnet?: 'framework' | 'core';
  };
  /**
   * The `context` of the evaluation, built with `createContext` (see `runtime/apim`). Absent:
   * the case does not use `context`.
   */
  readonly context?: ContextInit;
  /** Why the case is there, when the expression does not say it. */
  readonly note?: string;
}
