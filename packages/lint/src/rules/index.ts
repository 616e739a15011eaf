import type { Rule } from '../types.js';
import { rule as deploymentPlaceholder } from './deployment-placeholder/rule.js';
import { rule as missingBase } from './missing-base/rule.js';
import { rule as unreachableBranch } from './unreachable-branch/rule.js';
import { rule as variableNeverSet } from './variable-never-set/rule.js';

/**
 * Every lint rule, in the order of `docs/rules/README.md`. Each lives in `rules/<id>/rule.ts`
 * with its tests beside it and its page in `docs/rules/<id>.md`.
 *
 * Still to register when they land (same shape, in `rules/<id>/`): `certificate-null-check`,
 * `thumbprint-literal`, `distinguished-name-literal`, `certificate-not-verified`,
 * `certificate-expiry-inverted`.
 */
export const rules: readonly Rule[] = [
  missingBase,
  unreachableBranch,
  variableNeverSet,
  deploymentPlaceholder,
];

const byId: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

/** The registered rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
