import type { RespondOutcome } from '../../outcome/types.js';
import type { CompiledPolicy } from '../../run/compiled-policy.js';

/** A policy whose runs must end with a response (a backend callback is given): fails the test otherwise. */
export interface RespondingPolicy {
  run(...args: Parameters<CompiledPolicy['run']>): Promise<RespondOutcome>;
}

export function responding(policy: CompiledPolicy): RespondingPolicy {
  if (!policy.ok) throw new Error(`the policy has errors: ${JSON.stringify(policy.diagnostics)}`);
  return {
    run: async (...args) => {
      const outcome = await policy.run(...args);
      if (outcome.kind !== 'respond') throw new Error(`expected a response, got ${outcome.kind}`);
      return outcome;
    },
  };
}
