import type { CertificateNeed, CompiledExpression, Diagnostic } from '@apim-policy/expressions';
import { hasPlaceholder } from '../catalog/values.js';
import type { ComposeOptions } from '../compose/compose.js';
import { placeChildren } from '../compose/compose.js';
import type { Origin, PlacedElement } from '../compose/types.js';
import type { AttributeNode, ElementNode, ExpressionSource } from '../document/model.js';
import type { RunState } from '../run/state.js';
import type { PolicyHandler } from './handler.js';
import { planDiagnostic } from './messages.js';
import { CONTINUE, type Step, type StepBody } from './step.js';
import { expressionValue, literalValue, type Value, type ValueKind } from './values.js';

type KindType = { string: string; bool: boolean; int: number; object: unknown };

/** Prepares something a run needs before its synchronous evaluation (certificate checks). */
export type Preparer = (state: RunState) => void | Promise<void>;

export interface PlannerOptions {
  readonly mode: 'strict' | 'lenient';
  readonly handlers: ReadonlyMap<string, PolicyHandler>;
  readonly compose: ComposeOptions;
  /** The compiled expression of a site, or null when it did not compile (diagnostics say why). */
  readonly compiled: (expression: ExpressionSource) => CompiledExpression | null;
}

/**
 * Compiles placed policy elements into steps: finds each policy's handler, lets it read its element
 * and collects what the run must prepare (certificate facts) and what went wrong.
 */
export class Planner {
  readonly diagnostics: Diagnostic[] = [];
  readonly needs: CertificateNeed[] = [];
  readonly preparers: Preparer[] = [];
  readonly #options: PlannerOptions;

  constructor(options: PlannerOptions) {
    this.#options = options;
  }

  /** How nested policies are placed (fragments). */
  get composeOptions(): ComposeOptions {
    return this.#options.compose;
  }

  get mode(): 'strict' | 'lenient' {
    return this.#options.mode;
  }

  /** Steps for placed elements, in order. */
  steps(placed: readonly PlacedElement[]): Step[] {
    return placed.map((item) => this.step(item.element, item.origin));
  }

  /** Steps for the policies inside `element` (a `when`, `otherwise`, `retry`...). */
  children(element: ElementNode, origin: Origin): Step[] {
    return this.steps(placeChildren(element.children, origin, this.#options.compose, this.diagnostics));
  }

  /** One step for a policy element. */
  step(element: ElementNode, origin: Origin): Step {
    const handler = this.#options.handlers.get(element.name);
    if (handler === undefined) {
      // Unknown policies are the catalog's to report; unexecutable ones are reported here.
      this.diagnostics.push(
        planDiagnostic(this.mode === 'strict' ? 'policy-not-executable' : 'policy-skipped', element, {
          name: element.name,
        }),
      );
      return this.stepWith(element, origin, (state, step) => {
        state.record(step, 'skipped', `<${element.name}> is not executed by this engine (lenient mode)`);
        return CONTINUE;
      });
    }
    return this.stepWith(element, origin, handler.plan(element, origin, this));
  }

  /** A step for an element whose body the caller planned (return-response's children). */
  stepWith(element: ElementNode, origin: Origin, run: StepBody): Step {
    const id = element.attributes.find((attribute) => attribute.name === 'id')?.value ?? '';
    const at = {
      file: origin.document.file,
      line: element.loc.start.line,
      column: element.loc.start.column + 1,
    };
    return { name: element.name, element, origin, id, at, run };
  }

  /** The attribute of that name, or undefined. */
  attribute(element: ElementNode, name: string): AttributeNode | undefined {
    return element.attributes.find((attribute) => attribute.name === name);
  }

  /** An attribute's value as the policy reads it; `fallback` (a literal) when it is absent. */
  value<K extends ValueKind>(
    element: ElementNode,
    name: string,
    kind: K,
    fallback: string,
  ): Value<KindType[K]>;
  value<K extends ValueKind>(element: ElementNode, name: string, kind: K): Value<KindType[K]> | null;
  value<K extends ValueKind>(
    element: ElementNode,
    name: string,
    kind: K,
    fallback?: string,
  ): Value<KindType[K]> | null {
    const attribute = this.attribute(element, name);
    if (attribute === undefined) return fallback === undefined ? null : literalValue(kind, fallback);
    return this.#valueOf(attribute.expression, attribute.value, kind);
  }

  /** The text content of an element (a literal, or the expression that is the whole content). */
  text<K extends ValueKind>(element: ElementNode, kind: K): Value<KindType[K]> {
    for (const child of element.children) {
      if ((child.type === 'Text' || child.type === 'CData') && child.expression !== null)
        return this.#valueOf(child.expression, child.value, kind);
    }
    const text = element.children
      .map((child) =>
        child.type === 'Text' || child.type === 'CData' || child.type === 'Payload' ? child.value : '',
      )
      .join('');
    return literalValue(kind, text);
  }

  /** Child elements of a given name. */
  elements(element: ElementNode, name: string): ElementNode[] {
    return element.children.filter(
      (child): child is ElementNode => child.type === 'Element' && child.name === name,
    );
  }

  #valueOf<K extends ValueKind>(
    expression: ExpressionSource | null,
    text: string,
    kind: K,
  ): Value<KindType[K]> {
    if (expression === null) return literalValue(kind, text);
    const compiled = this.#options.compiled(expression);
    if (compiled === null) {
      // The expression's own diagnostics explain; the policy cannot run (load reports errors).
      return literalValue(kind, '');
    }
    for (const need of compiled.needs) this.need(need);
    return expressionValue(kind, compiled);
  }

  /** Records a certificate fact the run must prepare. */
  need(need: CertificateNeed): void {
    if (!this.needs.some((known) => known.fact === need.fact && known.certificate === need.certificate))
      this.needs.push(need);
  }

  /** Registers work to do before each run's synchronous evaluation. */
  prepare(preparer: Preparer): void {
    this.preparers.push(preparer);
  }

  /**
   * Reports a problem found while compiling a policy. A value found invalid that holds a named
   * value or a deployment-tool placeholder is not reported: the text is filled in later (an
   * unresolved named value is reported on its own), as the catalog's validation does.
   */
  report(diagnostic: Diagnostic): void {
    const value = diagnostic.data?.value;
    if (
      diagnostic.code === 'invalid-policy-value' &&
      typeof value === 'string' &&
      hasPlaceholder(value, true)
    )
      return;
    this.diagnostics.push(diagnostic);
  }
}
