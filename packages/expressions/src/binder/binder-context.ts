import type { Node } from '../ast/nodes.js';
import type { Diagnostic, DiagnosticData, DiagnosticFix } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/diagnostic.js';
import { type DiagnosticCode, messages } from '../diagnostics/messages.js';
import type { Type } from '../model/types.js';
import type { BoundExpression } from './bound-tree.js';
import { Scope } from './scope.js';
import type { LocalFunctionSymbol, LocalSymbol } from './symbols.js';

/** A function being bound: the policy expression itself, a lambda, or a local function. */
export interface FunctionFrame {
  readonly kind: 'policy' | 'lambda' | 'local-function';
  /** The declared or target return type; null when it is inferred from the return statements. */
  readonly returnType: Type | null;
  /** The values of its return statements, as bound (before conversion when inferring). */
  readonly returns: BoundExpression[];
}

/** An enclosing statement that `break` or `continue` can leave. */
export interface JumpTarget {
  readonly kind: 'loop' | 'switch';
  readonly label: number;
  /** For a switch: its sections' constant labels, for `goto case`. */
  sections?: readonly { readonly constants: readonly unknown[]; readonly isDefault: boolean }[];
  /** Set when a `goto case`/`goto default` targets this switch. */
  hasGoto?: boolean;
}

/**
 * The state of one binding run: diagnostics, scopes, the enclosing function, loop and catch,
 * and counters for the ids the bound tree uses.
 */
export class BinderContext {
  readonly diagnostics: Diagnostic[] = [];
  scope = new Scope(null, true);
  checked = false;
  /** Inside an explicit `unchecked(...)`: constant expressions may overflow (they are checked by default). */
  uncheckedExplicitly = false;
  readonly functions: FunctionFrame[] = [];
  readonly jumps: JumpTarget[] = [];
  /** Variables of the enclosing catch clauses, innermost last (for `throw;`). */
  readonly catches: LocalSymbol[] = [];
  /** Receivers of the `?.` links of the null-conditional chains being bound, innermost chain last. */
  readonly conditionalChains: { receiver: BoundExpression; id: number }[][] = [];
  /** Every local function, by symbol (bodies are bound when declared). */
  readonly localFunctions = new Set<LocalFunctionSymbol>();
  #nextId = 1;
  /** Suppresses diagnostics while trying a binding speculatively (lambda return type inference). */
  #quiet = 0;
  /** Set when a diagnostic is reported while quiet. */
  quietErrors = false;

  constructor(readonly contextType: Type) {}

  /** A fresh id for a local, a conditional receiver or a label. */
  nextId(): number {
    return this.#nextId++;
  }

  /** Reports a diagnostic of the catalogue at a node. */
  report(code: DiagnosticCode, node: Node, data?: DiagnosticData, fix?: DiagnosticFix): void {
    const definition = messages[code];
    if (this.#quiet > 0) {
      if (definition.severity === 'error') this.quietErrors = true;
      return;
    }
    this.diagnostics.push({
      code,
      severity: definition.severity,
      message: formatMessage(definition.text, data),
      range: node.range,
      loc: node.loc,
      ...(data === undefined ? {} : { data }),
      ...(fix === undefined ? {} : { fix }),
    });
  }

  /** Runs `body` in a new scope. */
  inScope<T>(body: () => T, isFunctionBoundary = false): T {
    const saved = this.scope;
    this.scope = new Scope(saved, isFunctionBoundary);
    try {
      return body();
    } finally {
      this.scope = saved;
    }
  }

  /** Runs `body` without reporting; tells whether it reported an error. */
  speculate<T>(body: () => T): { result: T; failed: boolean } {
    const savedErrors = this.quietErrors;
    this.quietErrors = false;
    this.#quiet++;
    try {
      const result = body();
      return { result, failed: this.quietErrors };
    } finally {
      this.#quiet--;
      this.quietErrors = savedErrors;
    }
  }

  get isQuiet(): boolean {
    return this.#quiet > 0;
  }

  /** Runs `body` in a `checked` or `unchecked` context. */
  withChecked<T>(checked: boolean, body: () => T): T {
    const saved = this.checked;
    const savedUnchecked = this.uncheckedExplicitly;
    this.checked = checked;
    this.uncheckedExplicitly = !checked;
    try {
      return body();
    } finally {
      this.checked = saved;
      this.uncheckedExplicitly = savedUnchecked;
    }
  }

  /** The innermost function frame. */
  get currentFunction(): FunctionFrame {
    return this.functions[this.functions.length - 1]!;
  }
}
