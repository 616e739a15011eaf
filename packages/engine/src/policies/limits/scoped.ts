import type { ProxyRequestContext } from '@apim-policy/expressions';
import type { Origin } from '../../compose/types.js';
import type { ElementNode } from '../../document/model.js';
import { planDiagnostic } from '../../plan/messages.js';
import type { Planner } from '../../plan/planner.js';

/**
 * Identifies one policy definition for its counters: its scope, document, fragment and position.
 * The same definition reached through `<base/>` from several APIs (a product's rate-limit) shares its
 * counters; two definitions never do.
 */
export function instanceKey(element: ElementNode, origin: Origin): string {
  const { line, column } = element.loc.start;
  return `${origin.scope}|${origin.document.file ?? ''}|${origin.fragment ?? ''}|${line}:${column}`;
}

/** Which API or operation an `<api>`/`<operation>` limit is for: by `id`, else by `name`. */
interface Target {
  readonly by: 'id' | 'name';
  readonly value: string;
}

/** A limit of a rate-limit or quota: the policy's own, or one of its `<api>`/`<operation>` children. */
export interface ScopedLimit<T> {
  readonly settings: T;
  /** Empty for the policy's own limit; `api[id=echo-api]@3:5/operation[name=get]@4:7` for a child. */
  readonly path: string;
  /** Whether the limit counts this call (the call is to its API and operation). */
  applies(context: ProxyRequestContext): boolean;
}

function targetOf(element: ElementNode, planner: Planner): Target | null {
  // `id` wins over `name` when both are given.
  const id = planner.attribute(element, 'id')?.value;
  if (id !== undefined) return { by: 'id', value: id };
  const name = planner.attribute(element, 'name')?.value;
  if (name !== undefined) return { by: 'name', value: name };
  planner.report(
    planDiagnostic('invalid-policy-value', element, {
      value: '',
      attribute: 'id',
      element: element.name,
      detail:
        'an <api> or <operation> limit names its API or operation with id or name; without either it never applies',
    }),
  );
  return null;
}

function matches(
  target: Target | null,
  entity: { readonly Id: string; readonly Name: string } | null,
): boolean {
  if (target === null || entity === null) return false;
  return (target.by === 'id' ? entity.Id : entity.Name) === target.value;
}

function pathOf(element: ElementNode, target: Target | null): string {
  const { line, column } = element.loc.start;
  return `${element.name}[${target === null ? '' : `${target.by}=${target.value}`}]@${line}:${column}`;
}

/**
 * The policy's own limit and those of its `<api>` children (with their `<operation>`s) and of
 * top-level `<operation>` children, each applied independently when the call is to that API or
 * operation. `child` reads a child's settings from its element and its parent's settings.
 */
export function scopedLimits<T>(
  element: ElementNode,
  planner: Planner,
  own: T,
  child: (element: ElementNode, parent: T) => T,
): ScopedLimit<T>[] {
  const limits: ScopedLimit<T>[] = [{ settings: own, path: '', applies: () => true }];
  for (const api of planner.elements(element, 'api')) {
    const target = targetOf(api, planner);
    const settings = child(api, own);
    const path = pathOf(api, target);
    limits.push({ settings, path, applies: (context) => matches(target, context.Api) });
    for (const operation of planner.elements(api, 'operation')) {
      const operationTarget = targetOf(operation, planner);
      limits.push({
        settings: child(operation, settings),
        path: `${path}/${pathOf(operation, operationTarget)}`,
        applies: (context) => matches(target, context.Api) && matches(operationTarget, context.Operation),
      });
    }
  }
  for (const operation of planner.elements(element, 'operation')) {
    const target = targetOf(operation, planner);
    limits.push({
      settings: child(operation, own),
      path: pathOf(operation, target),
      applies: (context) => matches(target, context.Operation),
    });
  }
  return limits;
}
