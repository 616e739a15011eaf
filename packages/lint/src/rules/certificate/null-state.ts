/**
 * What is known of the client certificate's nullness at a point of the policy:
 * `non-null` (checked, or already used), `maybe-null` (nothing checked it), `unknown` (a check
 * whose outcome the analysis cannot follow, such as a null test stored in a variable) and
 * `unreachable` (after `return`, `throw`, `return-response`).
 */
export type NullState = 'non-null' | 'maybe-null' | 'unknown' | 'unreachable';

/** The state where two paths meet. */
export function joinStates(a: NullState, b: NullState): NullState {
  if (a === 'unreachable') return b;
  if (b === 'unreachable') return a;
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return a === b ? a : 'maybe-null';
}

/** `joinStates` over several paths (`unreachable` when there are none). */
export function joinAll(states: readonly NullState[]): NullState {
  return states.reduce<NullState>(joinStates, 'unreachable');
}

/**
 * The state after a null test whose outcome flows somewhere the analysis does not follow (a
 * variable, a header): what was `maybe-null` can no longer be told.
 */
export function blur(state: NullState): NullState {
  return state === 'maybe-null' ? 'unknown' : state;
}

/** The states after a condition: when it is true, when it is false. */
export interface Branches {
  readonly whenTrue: NullState;
  readonly whenFalse: NullState;
  /** The value carries a null test of the certificate (`cert == null`, `cert?.Subject`). */
  readonly tested: boolean;
}

/** Both branches in one state. */
export function same(state: NullState, tested = false): Branches {
  return { whenTrue: state, whenFalse: state, tested };
}

/** The state after a value is used as a plain value (not as a condition). */
export function afterValue(branches: Branches): NullState {
  const state = joinStates(branches.whenTrue, branches.whenFalse);
  return branches.tested ? blur(state) : state;
}
