import {
  type BoundExpression,
  type BoundPolicyExpression,
  type BoundStatement,
  boundChildren,
} from '@apim-policy/expressions';
import { certificateLocals } from './locals.js';
import { afterValue, type Branches, joinAll, joinStates, type NullState, same } from './null-state.js';
import { isClientCertificate, unwrap } from './recognise.js';

/** What one expression does to the certificate's nullness. */
export interface ExpressionFlow {
  /** The states when its value is true / false (for `when` conditions). */
  readonly branches: Branches;
  /** The state after it, its value used as a plain value. */
  readonly after: NullState;
}

/**
 * Follows the client certificate's nullness through one bound policy expression, starting in
 * `entry`, and calls `onDereference` for each member use of the certificate (`cert.Thumbprint`,
 * `cert.Verify()`, `cert.VerifyNoRevocation()`) reached while it may be null. A use makes the
 * certificate non-null after it (had it been null, the use would have thrown), so only the
 * first unguarded use of a path is reported.
 */
export function followExpression(
  expression: BoundPolicyExpression,
  entry: NullState,
  onDereference: (use: BoundExpression) => void,
): ExpressionFlow {
  const flow = new NullFlow(certificateLocals(expression), onDereference, entry);
  if (expression.body.kind === 'block') {
    const end = flow.statement(expression.body, entry);
    const returns = flow.returns;
    const branches: Branches = {
      whenTrue: joinStates(end, joinAll(returns.map((r) => r.whenTrue))),
      whenFalse: joinStates(end, joinAll(returns.map((r) => r.whenFalse))),
      // Returns reached in different states (`if (cert == null) return "missing";`): the value
      // tells whether it was null.
      tested: returns.some((r) => r.tested) || new Set(returns.map(afterValue)).size > 1,
    };
    return { branches, after: afterValue(branches) };
  }
  const branches = flow.condition(expression.body, entry);
  return { branches, after: afterValue(branches) };
}

class NullFlow {
  /** The branches of each `return` of the current body. */
  returns: Branches[] = [];
  private readonly breaks = new Map<number, NullState[]>();

  constructor(
    private readonly aliases: ReadonlySet<number>,
    private readonly onDereference: (use: BoundExpression) => void,
    private readonly entry: NullState,
  ) {}

  private isCertificate(expression: BoundExpression): boolean {
    return isClientCertificate(expression, this.aliases);
  }

  /** A null test `cert == null`, `cert is null`, `cert is X509Certificate2 c`: the state when true. */
  private nullTest(expression: BoundExpression, state: NullState): Branches | null {
    if (expression.kind === 'binary' && (expression.operator === '==' || expression.operator === '!=')) {
      const left = unwrap(expression.left);
      const right = unwrap(expression.right);
      const isNull = (value: BoundExpression) => value.kind === 'literal' && value.value === null;
      const tested =
        (this.isCertificate(left) && isNull(right)) || (this.isCertificate(right) && isNull(left));
      if (tested) {
        return expression.operator === '=='
          ? { whenTrue: state, whenFalse: 'non-null', tested: true }
          : { whenTrue: 'non-null', whenFalse: state, tested: true };
      }
      return null;
    }
    if (expression.kind === 'is-pattern' && this.isCertificate(expression.operand)) {
      if (expression.pattern.kind === 'null') return { whenTrue: state, whenFalse: 'non-null', tested: true };
      if (expression.pattern.kind === 'type') return { whenTrue: 'non-null', whenFalse: state, tested: true };
    }
    return null;
  }

  /** `cert?.Thumbprint == "literal"`: true only when the certificate is there. */
  private conditionalComparison(expression: BoundExpression, state: NullState): Branches | null {
    if (expression.kind !== 'binary' || (expression.operator !== '==' && expression.operator !== '!=')) {
      return null;
    }
    const sides = [unwrap(expression.left), unwrap(expression.right)];
    const access = sides.find(
      (side) => side.kind === 'conditional-access' && this.isCertificate(side.receiver),
    );
    const other = sides.find((side) => side !== access);
    if (access === undefined || other === undefined) return null;
    if (other.kind !== 'literal' || other.value === null) return null;
    const after = this.value(expression.left, state);
    const end = this.value(expression.right, after);
    return expression.operator === '=='
      ? { whenTrue: 'non-null', whenFalse: end, tested: true }
      : { whenTrue: end, whenFalse: 'non-null', tested: true };
  }

  /** The states after `expression` as a condition. */
  condition(expression: BoundExpression, state: NullState): Branches {
    if (state === 'unreachable') return same('unreachable');
    const test = this.nullTest(expression, state) ?? this.conditionalComparison(expression, state);
    if (test !== null) return test;
    switch (expression.kind) {
      case 'convert':
        return this.condition(expression.operand, state);
      case 'unary':
        if (expression.operator === '!') {
          const operand = this.condition(expression.operand, state);
          return { whenTrue: operand.whenFalse, whenFalse: operand.whenTrue, tested: operand.tested };
        }
        return same(this.generic(expression, state));
      case 'logical': {
        const left = this.condition(expression.left, state);
        if (expression.operator === '&&') {
          const right = this.condition(expression.right, left.whenTrue);
          return {
            whenTrue: right.whenTrue,
            whenFalse: joinStates(left.whenFalse, right.whenFalse),
            tested: left.tested || right.tested,
          };
        }
        const right = this.condition(expression.right, left.whenFalse);
        return {
          whenTrue: joinStates(left.whenTrue, right.whenTrue),
          whenFalse: right.whenFalse,
          tested: left.tested || right.tested,
        };
      }
      case 'conditional': {
        const test = this.condition(expression.test, state);
        const whenTrue = this.condition(expression.whenTrue, test.whenTrue);
        const whenFalse = this.condition(expression.whenFalse, test.whenFalse);
        return {
          whenTrue: joinStates(whenTrue.whenTrue, whenFalse.whenTrue),
          whenFalse: joinStates(whenTrue.whenFalse, whenFalse.whenFalse),
          // `cert == null ? "missing" : cert.Subject`: the value tells whether it was null.
          tested: test.tested || whenTrue.tested || whenFalse.tested,
        };
      }
      case 'conditional-access': {
        if (!this.isCertificate(expression.receiver)) return same(this.generic(expression, state));
        const after = this.value(expression.receiver, state);
        this.value(expression.whenNotNull, 'non-null');
        return same(after, true);
      }
      case 'coalesce': {
        const left = this.condition(expression.left, state);
        const after = this.value(expression.right, afterValue(left));
        return same(after, left.tested);
      }
      case 'throw-expression':
        this.value(expression.exception, state);
        return same('unreachable');
      default:
        return same(this.generic(expression, state));
    }
  }

  /** The state after `expression` used as a plain value. */
  value(expression: BoundExpression, state: NullState): NullState {
    return afterValue(this.condition(expression, state));
  }

  /** Whether the node uses a member of the certificate, which throws when it is null. */
  private dereferences(expression: BoundExpression): boolean {
    switch (expression.kind) {
      case 'member':
        return expression.receiver !== null && this.isCertificate(expression.receiver);
      case 'call': {
        if (expression.receiver !== null) return this.isCertificate(expression.receiver);
        // An extension method of the certificate (`VerifyNoRevocation()`) throws on null too.
        const first = expression.arguments[0];
        return expression.method.isExtension && first?.kind === 'value' && this.isCertificate(first.value);
      }
      default:
        return false;
    }
  }

  /** Any other expression: its children in evaluation order, then its own use of the certificate. */
  private generic(expression: BoundExpression, state: NullState): NullState {
    if (expression.kind === 'lambda') {
      this.nested(() =>
        expression.body.kind === 'block'
          ? this.statement(expression.body, state)
          : this.value(expression.body, state),
      );
      return state;
    }
    let current = state;
    for (const child of boundChildren(expression)) {
      current = this.value(child as BoundExpression, current);
    }
    if (current === 'maybe-null' && this.dereferences(expression)) {
      this.onDereference(expression);
      return 'non-null';
    }
    return current;
  }

  /** Runs a nested body (lambda, local function) with its own returns. */
  private nested(run: () => void): void {
    const outer = this.returns;
    this.returns = [];
    run();
    this.returns = outer;
  }

  private loopExit(label: number, states: readonly NullState[]): NullState {
    const exit = joinAll([...states, ...(this.breaks.get(label) ?? [])]);
    this.breaks.delete(label);
    return exit;
  }

  /** The state after a statement. */
  statement(statement: BoundStatement, state: NullState): NullState {
    if (state === 'unreachable') return state;
    switch (statement.kind) {
      case 'block':
        return statement.statements.reduce<NullState>(
          (current, inner) => this.statement(inner, current),
          state,
        );
      case 'local-declaration':
        return statement.initializer === null ? state : this.value(statement.initializer, state);
      case 'local-function':
        this.nested(() => this.statement(statement.body, this.entry));
        return state;
      case 'expression':
        return this.value(statement.expression, state);
      case 'if': {
        const test = this.condition(statement.test, state);
        const whenTrue = this.statement(statement.whenTrue, test.whenTrue);
        const whenFalse =
          statement.whenFalse === null ? test.whenFalse : this.statement(statement.whenFalse, test.whenFalse);
        return joinStates(whenTrue, whenFalse);
      }
      case 'while': {
        const test = this.condition(statement.test, state);
        const body = this.statement(statement.body, test.whenTrue);
        return this.loopExit(statement.label, [state, test.whenFalse, body]);
      }
      case 'do': {
        const body = this.statement(statement.body, state);
        const test = this.condition(statement.test, body);
        return this.loopExit(statement.label, [test.whenFalse]);
      }
      case 'for': {
        const start = statement.initializers.reduce<NullState>(
          (current, inner) => this.statement(inner, current),
          state,
        );
        const test = statement.test === null ? same(start) : this.condition(statement.test, start);
        const body = this.statement(statement.body, test.whenTrue);
        const updated = statement.updates.reduce<NullState>(
          (current, update) => this.value(update, current),
          body,
        );
        const exits = statement.test === null ? [] : [start, test.whenFalse, updated];
        return this.loopExit(statement.label, exits);
      }
      case 'foreach': {
        const start = this.value(statement.collection, state);
        const body = this.statement(statement.body, start);
        return this.loopExit(statement.label, [start, body]);
      }
      case 'break':
        this.breaks.set(statement.label, [...(this.breaks.get(statement.label) ?? []), state]);
        return 'unreachable';
      case 'continue':
      case 'goto-section':
        return 'unreachable';
      case 'return':
        this.returns.push(statement.value === null ? same(state) : this.condition(statement.value, state));
        return 'unreachable';
      case 'throw':
        if (statement.exception !== null) this.value(statement.exception, state);
        return 'unreachable';
      case 'try': {
        const block = this.statement(statement.block, state);
        const catches = statement.catches.map((clause) => {
          const start = clause.filter === null ? state : this.value(clause.filter, state);
          return this.statement(clause.body, start);
        });
        const end = joinAll([block, ...catches]);
        return statement.finallyBlock === null ? end : this.statement(statement.finallyBlock, end);
      }
      case 'switch': {
        const start = this.value(statement.discriminant, state);
        let hasDefault = false;
        const ends = statement.sections.map((section) => {
          let current = start;
          for (const label of section.labels) {
            if (label.pattern === null) hasDefault = true;
            if (label.guard !== null) current = this.value(label.guard, current);
          }
          return section.body.reduce<NullState>((inner, body) => this.statement(body, inner), current);
        });
        return this.loopExit(statement.label, [...ends, ...(hasDefault ? [] : [start])]);
      }
      case 'using': {
        const start = statement.declarations.reduce<NullState>(
          (current, inner) => this.statement(inner, current),
          state,
        );
        return this.statement(statement.body, start);
      }
    }
  }
}
