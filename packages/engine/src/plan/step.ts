import type { Origin } from '../compose/types.js';
import type { ElementNode } from '../document/model.js';
import type { TracePosition } from '../outcome/types.js';
import type { RunState } from '../run/state.js';

/**
 * What a policy tells the pipeline when it is done: go on with the next policy, the response is
 * ready (return-response, mock-response), an error occurred (`RunState.failure` says which), or
 * the request is ready to forward and no backend callback was given.
 */
export const CONTINUE = 0;
export const RESPOND = 1;
export const ERROR = 2;
export const FORWARD = 3;
export type Signal = typeof CONTINUE | typeof RESPOND | typeof ERROR | typeof FORWARD;

/** How a compiled policy runs: synchronously, or by a promise when it waits for a service. */
export type StepBody = (state: RunState, step: Step) => Signal | Promise<Signal>;

/** A policy element compiled for execution. */
export interface Step {
  /** The element name (`set-header`), `LastError.Source` when it fails. */
  readonly name: string;
  readonly element: ElementNode;
  readonly origin: Origin;
  /** The element's `id` attribute (`LastError.PolicyId`), or empty. */
  readonly id: string;
  readonly at: TracePosition;
  readonly run: StepBody;
}

/** Runs policies in order from `from`, stopping at the first that does not continue. */
export function runSteps(steps: readonly Step[], state: RunState, from = 0): Signal | Promise<Signal> {
  for (let index = from; index < steps.length; index++) {
    const step = steps[index] as Step;
    let signal: Signal | Promise<Signal>;
    try {
      signal = step.run(state, step);
    } catch (error) {
      return state.fail(error, step);
    }
    if (typeof signal !== 'number') {
      return signal.then(
        (settled) => (settled === CONTINUE ? runSteps(steps, state, index + 1) : settled),
        (error: unknown) => state.fail(error, step),
      );
    }
    if (signal !== CONTINUE) return signal;
  }
  return CONTINUE;
}
