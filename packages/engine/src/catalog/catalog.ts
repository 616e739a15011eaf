import { policySpecs } from './policies/index.js';
import type { PolicySpec } from './types.js';

const byName: ReadonlyMap<string, PolicySpec> = new Map(policySpecs.map((spec) => [spec.name, spec]));

/** The catalog entry of a policy element, or undefined when API Management has no such policy. */
export function getPolicySpec(name: string): PolicySpec | undefined {
  return byName.get(name);
}

/** The names of every policy in the catalog, sorted. */
export function policyNames(): readonly string[] {
  return [...byName.keys()].sort();
}

/** Whether the engine executes the policy (false for unknown names). */
export function isExecutable(name: string): boolean {
  return byName.get(name)?.executable ?? false;
}

/** The candidate closest to `name` by edit distance, when it is close enough to be a typo. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A policy name close to an unknown one, for "did you mean". */
export function suggestPolicy(name: string): string | undefined {
  return closestName(name, byName.keys());
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
