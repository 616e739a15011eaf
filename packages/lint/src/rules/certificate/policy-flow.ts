import type { CheckedExpression, ElementNode } from '@apim-policy/engine';
import type { BoundExpression } from '@apim-policy/expressions';
import type { RuleContext } from '../../types.js';
import {
  booleanAttribute,
  childElements,
  conditionOf,
  expressionsByElement,
  sectionsInOrder,
} from './document.js';
import { followExpression } from './null-flow.js';
import { afterValue, type Branches, blur, joinAll, type NullState, same } from './null-state.js';

/**
 * Follows the client certificate's nullness through a document in the order a request runs it:
 * inbound, backend, outbound (`on-error` from the start, as an error can happen anywhere).
 * Across policies: a `when` whose condition tests the certificate makes it non-null in its
 * branch and in the conditions and policies after it when its branch ends the pipeline
 * (`return-response`); `validate-client-certificate` (unless `ignore-error`) rejects requests
 * without one. `onDereference` receives each use reached while the certificate may be null.
 *
 * Where the analysis cannot tell, it stays quiet: a fragment (included after policies it does
 * not see), an expression with errors that names the certificate, a null test stored in a
 * variable, an `include-fragment`.
 */
export function followDocument(context: RuleContext, onDereference: (use: BoundExpression) => void): void {
  const byElement = expressionsByElement(context.expressions);
  const walker = new DocumentFlow(byElement, onDereference);
  const { document } = context;
  if (document.kind !== 'policies') return;
  let state: NullState = 'maybe-null';
  for (const section of sectionsInOrder(context)) {
    const entry = section.name === 'on-error' ? 'maybe-null' : state;
    state = walker.elements(childElements(section), entry);
  }
}

class DocumentFlow {
  constructor(
    private readonly byElement: ReadonlyMap<ElementNode, readonly CheckedExpression[]>,
    private readonly onDereference: (use: BoundExpression) => void,
  ) {}

  elements(elements: readonly ElementNode[], state: NullState): NullState {
    return elements.reduce<NullState>((current, element) => this.element(element, current), state);
  }

  /** The branches of an expression standing as a condition. */
  private expression(expression: CheckedExpression | undefined, state: NullState): Branches {
    if (expression === undefined || state === 'unreachable') return same(state);
    const bound = expression.result.bound;
    if (bound === null) {
      // Not bound (it has errors): if it names the certificate, what it checks is unknown.
      return same(expression.site.expression.text.includes('Certificate') ? blur(state) : state);
    }
    return followExpression(bound, state, this.onDereference).branches;
  }

  private ownExpressions(element: ElementNode, state: NullState): NullState {
    const own = this.byElement.get(element) ?? [];
    return own.reduce<NullState>(
      (current, expression) => afterValue(this.expression(expression, current)),
      state,
    );
  }

  private element(element: ElementNode, state: NullState): NullState {
    if (state === 'unreachable') return state;
    switch (element.name) {
      case 'choose':
        return this.choose(element, state);
      case 'return-response':
        this.elements(childElements(element), this.ownExpressions(element, state));
        return 'unreachable';
      case 'validate-client-certificate': {
        const after = this.ownExpressions(element, state);
        const ignoreError = booleanAttribute(element, 'ignore-error');
        if (ignoreError === undefined || ignoreError === false) return 'non-null';
        return ignoreError === null ? blur(after) : after;
      }
      case 'include-fragment':
        return blur(state);
      default:
        return this.elements(childElements(element), this.ownExpressions(element, state));
    }
  }

  private choose(choose: ElementNode, state: NullState): NullState {
    const ends: NullState[] = [];
    let current = state;
    let otherwise = false;
    for (const branch of childElements(choose)) {
      if (branch.name === 'when') {
        const condition = this.expression(conditionOf(branch, this.byElement), current);
        ends.push(this.elements(childElements(branch), condition.whenTrue));
        current = condition.whenFalse;
      } else if (branch.name === 'otherwise') {
        ends.push(this.elements(childElements(branch), current));
        otherwise = true;
      }
    }
    return joinAll(otherwise ? ends : [...ends, current]);
  }
}
