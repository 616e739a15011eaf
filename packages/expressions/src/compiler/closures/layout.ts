import { boundChildren } from '../../binder/bound-children.js';
import type {
  BoundArgument,
  BoundBlock,
  BoundCatch,
  BoundExpression,
  BoundPattern,
  BoundPolicyExpression,
  BoundStatement,
} from '../../binder/bound-tree.js';
import type { LocalSymbol } from '../../binder/symbols.js';

/** A function of the expression: the policy body, a lambda or a local function. */
export interface FunctionLayout {
  /** How many functions enclose it (0 for the policy body). */
  readonly depth: number;
  /** Its outermost scope, entered on every invocation (parameters live there). */
  readonly root: ScopeLayout;
  slots: number;
  receivers: number;
}

/**
 * A region whose entry creates fresh variables: a function body, a block, one loop iteration,
 * a `for` or `using` statement, a catch clause. `fresh` lists the slots of the cell locals
 * whose scope it is.
 */
export interface ScopeLayout {
  readonly fn: FunctionLayout;
  readonly parent: ScopeLayout | null;
  /** Nesting level, counted across functions (for common ancestors). */
  readonly level: number;
  readonly fresh: number[];
}

/** Where a local lives: its owning function, its slot, and whether it is held in a cell. */
export interface LocalLayout {
  readonly fn: FunctionLayout;
  readonly slot: number;
  readonly celled: boolean;
}

/** Where a `conditional-receiver` id's value is kept. */
export interface ReceiverLayout {
  readonly fn: FunctionLayout;
  readonly slot: number;
}

interface Occurrences {
  scope: ScopeLayout;
  readonly functions: Set<FunctionLayout>;
  byReference: boolean;
}

/** A scope node: a block, a catch clause, or a loop or `for`/`using` statement. */
type ScopeKey = BoundBlock | BoundCatch | BoundStatement;

/**
 * Where every variable of an expression lives, found before compiling: each local belongs to
 * the function of the innermost scope holding all its uses (declaration included), and is a
 * cell when a nested function uses it or it is passed by reference. Cells are created when
 * their scope is entered, so a variable of a loop body is a new variable in every iteration.
 */
export class Layout {
  readonly root: FunctionLayout;
  readonly #locals = new Map<number, LocalLayout>();
  readonly #occurrences = new Map<number, Occurrences>();
  readonly #blockScopes = new Map<ScopeKey, ScopeLayout>();
  readonly #loopScopes = new Map<BoundStatement, ScopeLayout>();
  readonly #functions = new Map<BoundExpression | number, FunctionLayout>();
  readonly #receivers = new Map<number, ReceiverLayout>();

  constructor(bound: BoundPolicyExpression) {
    this.root = this.#newFunction(null);
    this.#body(bound.body, this.root.root);
    for (const [id, found] of this.#occurrences) {
      const fn = found.scope.fn;
      const celled = found.byReference || [...found.functions].some((user) => user !== fn);
      const slot = fn.slots++;
      if (celled) found.scope.fresh.push(slot);
      this.#locals.set(id, { fn, slot, celled });
    }
  }

  local(symbol: LocalSymbol): LocalLayout {
    const found = this.#locals.get(symbol.id);
    if (found === undefined) throw new Error(`Local ${symbol.id} (${symbol.name}) has no slot`);
    return found;
  }

  receiver(id: number): ReceiverLayout {
    const found = this.#receivers.get(id);
    if (found === undefined) throw new Error(`No value for conditional receiver ${id}`);
    return found;
  }

  /** The scope of a block, catch clause, `for` (its initializers) or `using` statement. */
  scope(node: ScopeKey): ScopeLayout {
    const found = this.#blockScopes.get(node);
    if (found === undefined) throw new Error(`No scope for a ${'kind' in node ? node.kind : 'catch'}`);
    return found;
  }

  /** The scope of one iteration of a loop. */
  iteration(loop: BoundStatement): ScopeLayout {
    const found = this.#loopScopes.get(loop);
    if (found === undefined) throw new Error(`No iteration scope for a ${loop.kind}`);
    return found;
  }

  /** The function of a lambda node or a local function (by symbol id). */
  function(key: BoundExpression | number): FunctionLayout {
    const found = this.#functions.get(key);
    if (found === undefined) throw new Error('A function without a layout');
    return found;
  }

  #newFunction(parentScope: ScopeLayout | null): FunctionLayout {
    const fn = { depth: parentScope === null ? 0 : parentScope.fn.depth + 1, slots: 0, receivers: 0 } as {
      depth: number;
      root: ScopeLayout;
      slots: number;
      receivers: number;
    };
    fn.root = { fn, parent: parentScope, level: parentScope === null ? 0 : parentScope.level + 1, fresh: [] };
    return fn;
  }

  #child(scope: ScopeLayout): ScopeLayout {
    return { fn: scope.fn, parent: scope, level: scope.level + 1, fresh: [] };
  }

  #occur(symbol: LocalSymbol, scope: ScopeLayout, byReference = false): void {
    const found = this.#occurrences.get(symbol.id);
    if (found === undefined) {
      this.#occurrences.set(symbol.id, { scope, functions: new Set([scope.fn]), byReference });
      return;
    }
    found.scope = commonScope(found.scope, scope);
    found.functions.add(scope.fn);
    found.byReference ||= byReference;
  }

  #addReceiver(id: number, scope: ScopeLayout): void {
    this.#receivers.set(id, { fn: scope.fn, slot: scope.fn.receivers++ });
  }

  #function(
    key: BoundExpression | number,
    parameters: readonly LocalSymbol[],
    body: BoundExpression | BoundBlock,
    scope: ScopeLayout,
  ): void {
    const fn = this.#newFunction(scope);
    this.#functions.set(key, fn);
    for (const parameter of parameters) this.#occur(parameter, fn.root);
    this.#body(body, fn.root);
  }

  #body(body: BoundExpression | BoundBlock, scope: ScopeLayout): void {
    if (body.kind === 'block') this.#statement(body, scope);
    else this.#expression(body, scope);
  }

  #arguments(args: readonly BoundArgument[], scope: ScopeLayout): void {
    for (const argument of args) {
      if (argument.kind === 'reference') this.#occur(argument.variable.symbol, scope, true);
    }
  }

  #pattern(pattern: BoundPattern | null, scope: ScopeLayout): void {
    if (pattern === null) return;
    if ((pattern.kind === 'type' || pattern.kind === 'var') && pattern.local !== null)
      this.#occur(pattern.local, scope);
    if (pattern.kind === 'constant') this.#expression(pattern.value, scope);
  }

  #expression(node: BoundExpression, scope: ScopeLayout): void {
    switch (node.kind) {
      case 'local':
        this.#occur(node.symbol, scope);
        return;
      case 'lambda':
        this.#function(node, node.parameters, node.body, scope);
        return;
      case 'is-pattern':
        this.#expression(node.operand, scope);
        this.#pattern(node.pattern, scope);
        return;
      case 'call':
      case 'delegate-invoke':
      case 'local-function-call':
        this.#arguments(node.arguments, scope);
        break;
      case 'new':
        this.#arguments(node.arguments, scope);
        this.#addReceiver(node.id, scope);
        break;
      case 'coalesce':
      case 'conditional-access':
      case 'compound-assign':
        this.#addReceiver(node.id, scope);
        break;
      default:
        break;
    }
    for (const child of boundChildren(node)) this.#expression(child as BoundExpression, scope);
  }

  #statements(statements: readonly BoundStatement[], scope: ScopeLayout): void {
    for (const statement of statements) this.#statement(statement, scope);
  }

  #scoped(key: ScopeKey, scope: ScopeLayout): ScopeLayout {
    const inner = this.#child(scope);
    this.#blockScopes.set(key, inner);
    return inner;
  }

  #loop(loop: BoundStatement, scope: ScopeLayout): ScopeLayout {
    const inner = this.#child(scope);
    this.#loopScopes.set(loop, inner);
    return inner;
  }

  #statement(node: BoundStatement, scope: ScopeLayout): void {
    switch (node.kind) {
      case 'block':
        this.#statements(node.statements, this.#scoped(node, scope));
        return;
      case 'local-declaration':
        this.#occur(node.local, scope);
        if (node.initializer !== null) this.#expression(node.initializer, scope);
        return;
      case 'local-function':
        this.#function(node.function.id, node.function.parameters, node.body, scope);
        return;
      case 'expression':
        this.#expression(node.expression, scope);
        return;
      case 'if':
        this.#expression(node.test, scope);
        this.#statement(node.whenTrue, scope);
        if (node.whenFalse !== null) this.#statement(node.whenFalse, scope);
        return;
      case 'while':
      case 'do': {
        const iteration = this.#loop(node, scope);
        this.#expression(node.test, iteration);
        this.#statement(node.body, iteration);
        return;
      }
      case 'for': {
        const whole = this.#scoped(node, scope);
        this.#statements(node.initializers, whole);
        const iteration = this.#loop(node, whole);
        if (node.test !== null) this.#expression(node.test, iteration);
        for (const update of node.updates) this.#expression(update, iteration);
        this.#statement(node.body, iteration);
        return;
      }
      case 'foreach': {
        this.#expression(node.collection, scope);
        this.#addReceiver(node.id, scope);
        const iteration = this.#loop(node, scope);
        this.#occur(node.local, iteration);
        this.#expression(node.elementConversion, iteration);
        this.#statement(node.body, iteration);
        return;
      }
      case 'return':
        if (node.value !== null) this.#expression(node.value, scope);
        return;
      case 'throw':
        if (node.rethrow !== null) this.#occur(node.rethrow, scope);
        if (node.exception !== null) this.#expression(node.exception, scope);
        return;
      case 'try':
        this.#statement(node.block, scope);
        for (const clause of node.catches) {
          const inner = this.#scoped(clause, scope);
          this.#occur(clause.local, inner);
          if (clause.filter !== null) this.#expression(clause.filter, inner);
          this.#statement(clause.body, inner);
        }
        if (node.finallyBlock !== null) this.#statement(node.finallyBlock, scope);
        return;
      case 'switch':
        this.#occur(node.local, scope);
        this.#expression(node.discriminant, scope);
        for (const section of node.sections) {
          for (const label of section.labels) {
            this.#pattern(label.pattern, scope);
            if (label.guard !== null) this.#expression(label.guard, scope);
          }
          this.#statements(section.body, scope);
        }
        return;
      case 'using': {
        const inner = this.#scoped(node, scope);
        this.#statements(node.declarations, inner);
        this.#statement(node.body, inner);
        return;
      }
      case 'break':
      case 'continue':
      case 'goto-section':
        return;
    }
  }
}

/** The innermost scope enclosing both. */
function commonScope(a: ScopeLayout, b: ScopeLayout): ScopeLayout {
  let left = a;
  let right = b;
  while (left.level > right.level) left = left.parent!;
  while (right.level > left.level) right = right.parent!;
  while (left !== right) {
    left = left.parent!;
    right = right.parent!;
  }
  return left;
}
