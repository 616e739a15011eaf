import type { CheckedExpression } from '@apim-policy/engine';
import {
  type BoundCall,
  type BoundExpression,
  type BoundLiteral,
  type BoundNode,
  walkBound,
} from '@apim-policy/expressions';
import { holdsCertificates } from './holds-certificates.js';
import { type IdentityRead, identityRead, stringLiteral, unwrap } from './recognise.js';

/** How the compared text is cased before the comparison (`Thumbprint.ToLower()`). */
export type Casing = 'as-is' | 'upper' | 'lower';

/** What part of the member the literal must match. */
export type MatchKind = 'equals' | 'contains' | 'starts-with' | 'ends-with';

/** A certificate identity member compared with a string literal. */
export interface LiteralComparison {
  readonly member: IdentityRead;
  /** The casing applied to the member's value before it is compared. */
  readonly memberCasing: Casing;
  readonly literal: BoundLiteral;
  /** The literal's value as compared (after a `ToUpper()` on it, if any). */
  readonly value: string;
  /** The literal is compared as written (no `ToUpper()`/`Trim()` on it): a fix can rewrite it. */
  readonly asWritten: boolean;
  readonly caseSensitive: boolean;
  readonly match: MatchKind;
}

const STRING = 'System.String';
const ENUMERABLE = 'System.Linq.Enumerable';

interface Side {
  readonly casing: Casing;
  readonly asWritten: boolean;
}

function casingOf(name: string): Casing | null {
  if (name === 'ToUpper' || name === 'ToUpperInvariant') return 'upper';
  if (name === 'ToLower' || name === 'ToLowerInvariant') return 'lower';
  if (name === 'Trim') return 'as-is';
  return null;
}

/**
 * Peels `ToUpper()`/`ToLower()`/`Trim()` calls and null-conditional access off a string
 * expression; `receiver` is the value a `?.` tested (what the inner `conditional-receiver` reads).
 */
function peel(expression: BoundExpression): {
  inner: BoundExpression;
  side: Side;
  receiver: BoundExpression | null;
} {
  let current = unwrap(expression);
  let casing: Casing = 'as-is';
  let asWritten = true;
  let receiver: BoundExpression | null = null;
  for (;;) {
    if (current.kind === 'conditional-access') {
      receiver = current.receiver;
      current = unwrap(current.whenNotNull);
      continue;
    }
    if (current.kind !== 'call' || current.receiver === null) break;
    if (current.method.declaringType.fullName !== STRING || current.arguments.length > 0) break;
    const applied = casingOf(current.method.name);
    if (applied === null) break;
    // The outermost call decides the casing.
    if (casing === 'as-is') casing = applied;
    asWritten = false;
    current = unwrap(current.receiver);
  }
  return { inner: current, side: { casing, asWritten }, receiver };
}

/** The identity member a compared expression reads, through `ToUpper()`, `Trim()` and `?.`. */
export function memberSide(expression: BoundExpression): { member: IdentityRead; casing: Casing } | null {
  const { inner, side, receiver } = peel(expression);
  const member = identityRead(inner, receiver);
  return member === null ? null : { member, casing: side.casing };
}

function literalSide(
  expression: BoundExpression,
): { literal: BoundLiteral; value: string; asWritten: boolean } | null {
  const { inner, side } = peel(expression);
  const text = stringLiteral(inner);
  if (text === null || inner.kind !== 'literal') return null;
  const value =
    side.casing === 'upper' ? text.toUpperCase() : side.casing === 'lower' ? text.toLowerCase() : text;
  return { literal: inner, value: side.asWritten ? text : value.trim(), asWritten: side.asWritten };
}

/** Whether an argument asks for a case-insensitive comparison (`StringComparison.OrdinalIgnoreCase`, `StringComparer.InvariantCultureIgnoreCase`, `true`). */
function ignoresCase(argument: BoundExpression | undefined): boolean {
  if (argument === undefined) return false;
  const value = unwrap(argument);
  if (value.kind === 'member') return value.symbol.name.endsWith('IgnoreCase');
  if (value.kind === 'literal')
    return value.value === true || value.value === 5 || value.value === 3 || value.value === 1;
  return false;
}

function argumentValue(call: BoundCall, index: number): BoundExpression | undefined {
  const argument = call.arguments[index];
  return argument?.kind === 'value' ? argument.value : undefined;
}

/** The string literals of an array or collection literal (`new[] { "a", "b" }`, `new List<string> { ... }`). */
function literalElements(
  expression: BoundExpression,
): { elements: BoundExpression[]; ignoreCase: boolean } | null {
  const value = unwrap(expression);
  if (value.kind === 'new-array' && value.elements !== null)
    return { elements: [...value.elements], ignoreCase: false };
  if (value.kind === 'new') {
    const elements = value.initializers.flatMap((initializer) => {
      if (initializer.kind !== 'add') return [];
      const added = argumentValue(initializer.call, 0);
      return added === undefined ? [] : [added];
    });
    const ignoreCase = value.arguments.some(
      (argument) => argument.kind === 'value' && ignoresCase(argument.value),
    );
    return { elements, ignoreCase };
  }
  return null;
}

class Finder {
  readonly found: LiteralComparison[] = [];
  /** Initializers of declared locals: a `switch` tests its value through a hidden one. */
  private readonly initializers = new Map<number, BoundExpression>();

  private switched(discriminant: BoundExpression): BoundExpression {
    const value = unwrap(discriminant);
    return value.kind === 'local' ? (this.initializers.get(value.symbol.id) ?? value) : value;
  }

  private pair(
    a: BoundExpression,
    b: BoundExpression,
    caseSensitive: boolean,
    match: MatchKind = 'equals',
  ): boolean {
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const member = memberSide(first);
      const literal = member === null ? null : literalSide(second);
      if (member !== null && literal !== null) {
        this.found.push({
          member: member.member,
          memberCasing: member.casing,
          literal: literal.literal,
          value: literal.value,
          asWritten: literal.asWritten,
          caseSensitive,
          match,
        });
        return true;
      }
      if (match !== 'equals') break;
    }
    return false;
  }

  /** `source.Contains(member)`, `source.Any(x => x == member)` over literal elements. */
  private membership(source: BoundExpression, compared: BoundExpression, caseSensitive: boolean): void {
    const list = literalElements(source);
    if (list === null) return;
    for (const element of list.elements) this.pair(compared, element, caseSensitive && !list.ignoreCase);
  }

  /** The lambda of `Any(x => x == member)`: the member compared with its parameter. */
  private anyLambda(source: BoundExpression, lambda: BoundExpression | undefined): void {
    const value = lambda === undefined ? undefined : unwrap(lambda);
    if (value?.kind !== 'lambda' || value.body.kind === 'block' || value.parameters.length !== 1) return;
    const parameter = value.parameters[0];
    const isParameter = (side: BoundExpression) => {
      const inner = unwrap(side);
      return inner.kind === 'local' && inner.symbol === parameter;
    };
    const body = unwrap(value.body);
    let compared: BoundExpression | undefined;
    let caseSensitive = true;
    if (body.kind === 'binary' && body.operator === '==') {
      if (isParameter(body.left)) compared = body.right;
      else if (isParameter(body.right)) compared = body.left;
    } else if (body.kind === 'call' && body.method.name === 'Equals') {
      const args = body.arguments.flatMap((argument) => (argument.kind === 'value' ? [argument.value] : []));
      const operands = body.receiver === null ? args.slice(0, 2) : [body.receiver, args[0]];
      const [first, second] = operands;
      if (first !== undefined && second !== undefined) {
        if (isParameter(first)) compared = second;
        else if (isParameter(second)) compared = first;
      }
      caseSensitive = !ignoresCase(body.receiver === null ? args[2] : args[1]);
    }
    if (compared !== undefined) this.membership(source, compared, caseSensitive);
  }

  private call(call: BoundCall): void {
    const name = call.method.name;
    const declaring = call.method.declaringType.fullName;
    const first = argumentValue(call, 0);
    const second = argumentValue(call, 1);
    if (declaring === STRING && call.receiver === null && name === 'Equals' && first && second) {
      this.pair(first, second, !ignoresCase(argumentValue(call, 2)));
      return;
    }
    if (declaring === STRING && call.receiver !== null && first !== undefined) {
      const caseSensitive = !ignoresCase(second);
      if (name === 'Equals') this.pair(call.receiver, first, caseSensitive);
      else if (name === 'Contains') this.pair(call.receiver, first, caseSensitive, 'contains');
      else if (name === 'StartsWith') this.pair(call.receiver, first, caseSensitive, 'starts-with');
      else if (name === 'EndsWith') this.pair(call.receiver, first, caseSensitive, 'ends-with');
      return;
    }
    if (declaring === ENUMERABLE && call.receiver === null && first !== undefined && second !== undefined) {
      if (name === 'Contains') this.membership(first, second, !ignoresCase(argumentValue(call, 2)));
      else if (name === 'Any') this.anyLambda(first, second);
      return;
    }
    if (name === 'Contains' && call.receiver !== null && first !== undefined) {
      // List<string>.Contains, HashSet<string>.Contains over a collection literal.
      this.membership(call.receiver, first, true);
    }
  }

  visit = (node: BoundNode): void => {
    switch (node.kind) {
      case 'binary':
        if ((node.operator === '==' || node.operator === '!=') && node.operation === 'string') {
          this.pair(node.left, node.right, true);
        }
        break;
      case 'call':
        this.call(node);
        break;
      case 'is-pattern':
        if (node.pattern.kind === 'constant') this.pair(node.operand, node.pattern.value, true);
        break;
      case 'local-declaration':
        if (node.initializer !== null) this.initializers.set(node.local.id, node.initializer);
        break;
      case 'switch': {
        const discriminant = this.switched(node.discriminant);
        for (const section of node.sections) {
          for (const label of section.labels) {
            if (label.pattern?.kind === 'constant') this.pair(discriminant, label.pattern.value, true);
          }
        }
        break;
      }
      default:
        break;
    }
  };
}

/**
 * Every comparison of a certificate's identity member (`Thumbprint`, `Subject`, `Issuer`,
 * `SubjectName.Name`, ...) with a string literal: `==`, `!=`, `Equals`, `string.Equals`,
 * `Contains`/`StartsWith`/`EndsWith`, `is "..."`, `switch` labels, and membership in a literal
 * list (`new[] { "A", "B" }.Contains(cert.Thumbprint)`, `.Any(t => t == cert.Thumbprint)`).
 * None in an expression with errors, or one that names no certificate.
 */
export function literalComparisons(expression: CheckedExpression): LiteralComparison[] {
  const bound = expression.result.bound;
  if (bound === null || !holdsCertificates(expression)) return [];
  const finder = new Finder();
  walkBound(bound.body, finder.visit);
  return finder.found;
}
