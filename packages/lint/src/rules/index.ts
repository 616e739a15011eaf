import type { Rule } from '../types.js';
import { rule as certificateExpiryInverted } from './certificate-expiry-inverted/rule.js';
import { rule as certificateNotVerified } from './certificate-not-verified/rule.js';
import { rule as certificateNullCheck } from './certificate-null-check/rule.js';
import { rule as deploymentPlaceholder } from './deployment-placeholder/rule.js';
import { rule as distinguishedNameLiteral } from './distinguished-name-literal/rule.js';
import { rule as missingBase } from './missing-base/rule.js';
import { rule as thumbprintLiteral } from './thumbprint-literal/rule.js';
import { rule as unreachableBranch } from './unreachable-branch/rule.js';
import { rule as variableNeverSet } from './variable-never-set/rule.js';

/**
 * Every lint rule, in the order of `docs/rules/README.md`. Each lives in `rules/<id>/rule.ts`
 * with its tests beside it and its page in `docs/rules/<id>.md`; helpers shared by the
 * certificate rules are in `rules/certificate/`.
 */
export const rules: readonly Rule[] = [
  certificateNullCheck,
  thumbprintLiteral,
  distinguishedNameLiteral,
  certificateNotVerified,
  certificateExpiryInverted,
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
