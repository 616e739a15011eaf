import type { RunState } from './state.js';

/**
 * The run whose expression is being evaluated. Evaluation is synchronous, so this is exact while an
 * expression runs; the certificate parser reads it to check certificates an expression builds
 * (`new X509Certificate2(bytes).Verify()`) against the run's trust settings.
 */
let current: RunState | null = null;

export function enterEvaluation(state: RunState): RunState | null {
  const previous = current;
  current = state;
  return previous;
}

export function leaveEvaluation(previous: RunState | null): void {
  current = previous;
}

export function currentRun(): RunState | null {
  return current;
}
