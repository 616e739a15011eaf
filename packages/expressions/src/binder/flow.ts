import type { Node } from '../ast/nodes.js';
import type { BinderContext } from './binder-context.js';
import type {
  BoundArgument,
  BoundBlock,
  BoundExpression,
  BoundPattern,
  BoundStatement,
} from './bound-tree.js';
import type { LocalSymbol } from './symbols.js';

/**
 * Definite assignment (§9.4) and reachability over the bound tree of one function body: reports
 * reads of unassigned locals, bodies whose end is reachable though they must return a value, and
 * switch sections that fall through.
 */
interface State {
  readonly reachable: boolean;
  readonly assigned: ReadonlySet<number>;
}

const unreachable: State = { reachable: false, assigned: new Set() };

function join(a: State, b: State): State {
  if (!a.reachable) return b;
  if (!b.reachable) return a;
  return { reachable: true, assigned: new Set([...a.assigned].filter((id) => b.assigned.has(id))) };
}

function assign(state: State, local: LocalSymbol | null): State {
  if (!state.reachable || local === null || state.assigned.has(local.id)) return state;
  return { reachable: true, assigned: new Set([...state.assigned, local.id]) };
}

interface Branches {
  readonly whenTrue: State;
  readonly whenFalse: State;
}

class FlowAnalysis {
  readonly #breaks = new Map<number, State>();
  readonly #reported = new Set<number>();

  constructor(
    readonly cx: BinderContext,
    /**
     * For a local function: only locals declared inside it are checked, since it may be called
     * after the enclosing function assigns the ones it captures.
     */
    readonly within: readonly [number, number] | null = null,
  ) {}

  #isAssigned(state: State, local: LocalSymbol): boolean {
    if (this.within !== null) {
      const [start, end] = local.declaration.range;
      if (start < this.within[0] || end > this.within[1]) return true;
    }
    return (
      !state.reachable ||
      local.isParameter ||
      local.constantValue !== undefined ||
      state.assigned.has(local.id)
    );
  }

  #read(state: State, local: LocalSymbol, node: Node): void {
    if (this.#isAssigned(state, local) || this.#reported.has(local.id)) return;
    this.#reported.add(local.id);
    this.cx.report('unassigned-local', node, { name: local.name });
  }

  expression(e: BoundExpression, state: State): State {
    switch (e.kind) {
      case 'literal':
      case 'decimal-literal':
      case 'default':
      case 'context':
      case 'conditional-receiver':
      case 'error':
        return state;
      case 'local':
        this.#read(state, e.symbol, e.node);
        return state;
      case 'member':
        return e.receiver === null ? state : this.expression(e.receiver, state);
      case 'anonymous-member':
        return this.expression(e.receiver, state);
      case 'call':
        return this.#arguments(e.arguments, e.receiver === null ? state : this.expression(e.receiver, state));
      case 'operator-call':
        return e.arguments.reduce((s, a) => this.expression(a, s), state);
      case 'indexer':
        return e.arguments.reduce((s, a) => this.expression(a, s), this.expression(e.receiver, state));
      case 'array-element':
        return this.expression(e.index, this.expression(e.array, state));
      case 'delegate-invoke':
        return this.#arguments(e.arguments, this.expression(e.target, state));
      case 'local-function-call':
        return this.#arguments(e.arguments, state);
      case 'new': {
        let s = this.#arguments(e.arguments, state);
        for (const initializer of e.initializers) {
          if (initializer.kind === 'add') s = this.#arguments(initializer.call.arguments, s);
          else {
            if (initializer.kind === 'indexer')
              s = initializer.arguments.reduce((t, a) => this.expression(a, t), s);
            s = this.expression(initializer.value, s);
          }
        }
        return s;
      }
      case 'new-array': {
        const s = e.size === null ? state : this.expression(e.size, state);
        return (e.elements ?? []).reduce((t, element) => this.expression(element, t), s);
      }
      case 'new-anonymous':
        return e.values.reduce((s, v) => this.expression(v, s), state);
      case 'convert':
        return this.expression(e.operand, state);
      case 'unary':
        if (e.operator !== '!') return this.expression(e.operand, state);
        return this.#conditionJoined(e, state);
      case 'logical':
      case 'is-pattern': {
        const branches = this.condition(e, state);
        return join(branches.whenTrue, branches.whenFalse);
      }
      case 'binary':
        return this.expression(e.right, this.expression(e.left, state));
      case 'conditional': {
        const test = this.condition(e.test, state);
        return join(this.expression(e.whenTrue, test.whenTrue), this.expression(e.whenFalse, test.whenFalse));
      }
      case 'coalesce': {
        const left = this.expression(e.left, state);
        return join(left, this.expression(e.right, left));
      }
      case 'conditional-access': {
        const receiver = this.expression(e.receiver, state);
        return join(receiver, this.expression(e.whenNotNull, receiver));
      }
      case 'as':
        return this.expression(e.operand, state);
      case 'assign': {
        const target = e.target;
        let s = this.#targetReceiver(target, state);
        s = this.expression(e.value, s);
        return target.kind === 'local' ? assign(s, target.symbol) : s;
      }
      case 'compound-assign': {
        const target = e.target;
        let s = this.#targetReceiver(target, state);
        if (target.kind === 'local') this.#read(s, target.symbol, target.node);
        s = this.expression(e.value, s);
        return s;
      }
      case 'lambda':
        this.function(e.body, state, e.returnType.kind !== 'void' && e.body.kind === 'block', e.node);
        return state;
      case 'throw-expression':
        this.expression(e.exception, state);
        return unreachable;
      case 'interpolation':
        return e.parts.reduce(
          (s, part) =>
            typeof part === 'string'
              ? s
              : this.expression(part.value, part.alignment === null ? s : this.expression(part.alignment, s)),
          state,
        );
    }
  }

  #targetReceiver(target: BoundExpression, state: State): State {
    switch (target.kind) {
      case 'member':
        return target.receiver === null ? state : this.expression(target.receiver, state);
      case 'indexer':
        return target.arguments.reduce(
          (s, a) => this.expression(a, s),
          this.expression(target.receiver, state),
        );
      case 'array-element':
        return this.expression(target.index, this.expression(target.array, state));
      default:
        return state;
    }
  }

  #arguments(args: readonly BoundArgument[], state: State): State {
    let s = state;
    const outs: LocalSymbol[] = [];
    for (const argument of args) {
      if (argument.kind === 'value') s = this.expression(argument.value, s);
      else if (argument.out) outs.push(argument.variable.symbol);
      else this.#read(s, argument.variable.symbol, argument.variable.node);
    }
    for (const local of outs) s = assign(s, local);
    return s;
  }

  /** A boolean expression: the states when it is true and when it is false. */
  condition(e: BoundExpression, state: State): Branches {
    if (!state.reachable) return { whenTrue: state, whenFalse: state };
    switch (e.kind) {
      case 'literal':
        if (e.value === true) return { whenTrue: state, whenFalse: unreachable };
        if (e.value === false) return { whenTrue: unreachable, whenFalse: state };
        return { whenTrue: state, whenFalse: state };
      case 'unary':
        if (e.operator === '!') {
          const inner = this.condition(e.operand, state);
          return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
        }
        break;
      case 'logical': {
        const left = this.condition(e.left, state);
        if (e.operator === '&&') {
          const right = this.condition(e.right, left.whenTrue);
          return { whenTrue: right.whenTrue, whenFalse: join(left.whenFalse, right.whenFalse) };
        }
        const right = this.condition(e.right, left.whenFalse);
        return { whenTrue: join(left.whenTrue, right.whenTrue), whenFalse: right.whenFalse };
      }
      case 'is-pattern': {
        const s = this.expression(e.operand, state);
        return { whenTrue: this.#patternLocals(e.pattern, s), whenFalse: s };
      }
      default:
        break;
    }
    const s = this.expression(e, state);
    return { whenTrue: s, whenFalse: s };
  }

  #conditionJoined(e: BoundExpression, state: State): State {
    const branches = this.condition(e, state);
    return join(branches.whenTrue, branches.whenFalse);
  }

  #patternLocals(pattern: BoundPattern, state: State): State {
    if (pattern.kind === 'type' || pattern.kind === 'var') return assign(state, pattern.local);
    if (pattern.kind === 'constant') return this.expression(pattern.value, state);
    return state;
  }

  statements(list: readonly BoundStatement[], state: State): State {
    let s = state;
    let warned = false;
    for (const statement of list) {
      if (!s.reachable && !warned && statement.kind !== 'local-function') {
        warned = true;
        this.cx.report('unreachable-code', statement.node);
      }
      s = this.statement(statement, s);
    }
    return s;
  }

  statement(statement: BoundStatement, state: State): State {
    switch (statement.kind) {
      case 'block':
        return this.statements(statement.statements, state);
      case 'local-declaration':
        return statement.initializer === null
          ? state
          : assign(this.expression(statement.initializer, state), statement.local);
      case 'local-function':
        this.function(
          statement.body,
          state,
          statement.function.returnType.kind !== 'void',
          statement.node,
          true,
        );
        return state;
      case 'expression':
        return this.expression(statement.expression, state);
      case 'if': {
        const test = this.condition(statement.test, state);
        const whenTrue = this.statement(statement.whenTrue, test.whenTrue);
        const whenFalse =
          statement.whenFalse === null ? test.whenFalse : this.statement(statement.whenFalse, test.whenFalse);
        return join(whenTrue, whenFalse);
      }
      case 'while': {
        const test = this.condition(statement.test, state);
        this.statement(statement.body, test.whenTrue);
        return join(test.whenFalse, this.#takeBreaks(statement.label));
      }
      case 'do': {
        const body = this.statement(statement.body, state);
        const test = this.condition(statement.test, join(body, state.reachable ? body : state));
        return join(test.whenFalse, this.#takeBreaks(statement.label));
      }
      case 'for': {
        const s = this.statements(statement.initializers, state);
        const test =
          statement.test === null
            ? { whenTrue: s, whenFalse: unreachable }
            : this.condition(statement.test, s);
        const body = this.statement(statement.body, test.whenTrue);
        statement.updates.reduce((t, u) => this.expression(u, t), body);
        return join(test.whenFalse, this.#takeBreaks(statement.label));
      }
      case 'foreach': {
        const s = this.expression(statement.collection, state);
        this.statement(statement.body, assign(s, statement.local));
        return join(s, this.#takeBreaks(statement.label));
      }
      case 'break': {
        const previous = this.#breaks.get(statement.label);
        this.#breaks.set(statement.label, previous === undefined ? state : join(previous, state));
        return unreachable;
      }
      case 'continue':
      case 'goto-section':
        return unreachable;
      case 'return':
        if (statement.value !== null) this.expression(statement.value, state);
        return unreachable;
      case 'throw':
        if (statement.exception !== null) this.expression(statement.exception, state);
        return unreachable;
      case 'try': {
        const tryEnd = this.statements(statement.block.statements, state);
        let end = tryEnd;
        for (const handler of statement.catches) {
          let s = assign(state, handler.local);
          if (handler.filter !== null) s = this.condition(handler.filter, s).whenTrue;
          end = join(end, this.statements(handler.body.statements, s));
        }
        if (statement.finallyBlock !== null) {
          const finallyEnd = this.statements(statement.finallyBlock.statements, state);
          if (!finallyEnd.reachable) return unreachable;
          if (end.reachable)
            end = { reachable: true, assigned: new Set([...end.assigned, ...finallyEnd.assigned]) };
        }
        return end;
      }
      case 'switch': {
        let afterLabels = state;
        let hasDefault = false;
        statement.sections.forEach((section, index) => {
          let s = state;
          for (const label of section.labels) {
            if (label.pattern === null) hasDefault = true;
            else s = this.#patternLocals(label.pattern, s);
            if (label.guard !== null) s = this.condition(label.guard, s).whenTrue;
          }
          const end = this.statements(section.body, s);
          if (end.reachable) {
            const labelNode = (section.node as { labels?: Node[] }).labels?.[0] ?? section.node;
            this.cx.report('switch-fall-through', labelNode, {
              label: index === statement.sections.length - 1 && hasDefault ? 'default:' : 'case',
            });
          }
          afterLabels = state;
        });
        const breaks = this.#takeBreaks(statement.label);
        return hasDefault ? breaks : join(afterLabels, breaks);
      }
      case 'using': {
        const s = this.statements(statement.declarations, state);
        return this.statement(statement.body, s);
      }
    }
  }

  #takeBreaks(label: number): State {
    const state = this.#breaks.get(label) ?? unreachable;
    this.#breaks.delete(label);
    return state;
  }

  /** A function body: the policy's block, a lambda's, a local function's. */
  function(
    body: BoundExpression | BoundBlock,
    state: State,
    mustReturn: boolean,
    node: Node,
    fresh = false,
  ): void {
    const analysis = fresh ? new FlowAnalysis(this.cx, node.range) : this;
    const entry: State = { reachable: true, assigned: state.assigned };
    if (body.kind !== 'block') {
      analysis.expression(body, entry);
      return;
    }
    const end = analysis.statements(body.statements, entry);
    if (mustReturn && end.reachable) this.cx.report('not-all-paths-return', closingBrace(body.node, node));
  }
}

/** Where "not all code paths return a value" points: the closing brace of the body. */
function closingBrace(body: Node, fallback: Node): Node {
  const node = body.type === 'BlockStatement' ? body : fallback;
  const [, end] = node.range;
  return {
    type: 'EmptyStatement',
    range: [end - 1, end],
    loc: {
      start: { line: node.loc.end.line, column: Math.max(0, node.loc.end.column - 1) },
      end: node.loc.end,
    },
  };
}

/** Runs definite assignment and reachability over a policy expression's bound body. */
export function analyzeFlow(cx: BinderContext, body: BoundExpression | BoundBlock, node: Node): void {
  const analysis = new FlowAnalysis(cx);
  analysis.function(body, { reachable: true, assigned: new Set() }, body.kind === 'block', node);
}
