import type { Section } from '../catalog/types.js';
import type { Outcome } from '../outcome/types.js';
import { CONTINUE, ERROR, FORWARD, runSteps, type Signal, type Step } from '../plan/step.js';
import { snapshotLastError, snapshotRequest, snapshotResponse, snapshotVariables } from './snapshot.js';
import type { RunState } from './state.js';

/** The compiled effective policy: each section's steps. */
export type SectionSteps = Readonly<Record<Section, readonly Step[]>>;

function runSection(section: Section, steps: SectionSteps, state: RunState): Signal | Promise<Signal> {
  state.section = section;
  if (state.trace !== null) {
    const count = steps[section].length;
    state.note('section', `${section} (${count} ${count === 1 ? 'policy' : 'policies'})`);
  }
  return runSteps(steps[section], state);
}

/**
 * Work deferred to the end of the response (counters incremented on expressions). The response is
 * final by then: a failure is recorded in the trace, never thrown to the host.
 */
async function runDeferred(state: RunState): Promise<void> {
  for (const action of state.afterResponse) {
    try {
      await action();
    } catch (error) {
      state.note('error', `deferred work failed after the response: ${String(error)}`);
    }
  }
}

/**
 * Runs the sections as the gateway does: inbound, backend (forward-request calls the backend),
 * outbound; an error sends the run to on-error with the error response prepared. return-response
 * and mock-response end the run with their response; forward-request without a backend callback
 * ends it with the request ready to forward.
 */
export async function runPipeline(steps: SectionSteps, state: RunState): Promise<Outcome> {
  // A section that finished synchronously is not awaited: each await costs a turn of the queue.
  let signal = runSection('inbound', steps, state);
  if (typeof signal !== 'number') signal = await signal;
  if (signal === CONTINUE) {
    signal = runSection('backend', steps, state);
    if (typeof signal !== 'number') signal = await signal;
  }
  if (signal === FORWARD) {
    return {
      kind: 'forward',
      request: state.forwarded ?? snapshotRequest(state.context.Request),
      variables: snapshotVariables(state),
      lastError: snapshotLastError(state),
      trace: state.trace ?? [],
    };
  }
  if (signal === CONTINUE) {
    signal = runSection('outbound', steps, state);
    if (typeof signal !== 'number') signal = await signal;
  }
  if (signal === ERROR) {
    state.phase = 'on-error';
    // A failure inside on-error keeps the error response it prepared; on-error does not run again.
    await runSection('on-error', steps, state);
  }
  if (state.afterResponse.length > 0) await runDeferred(state);
  return {
    kind: 'respond',
    response: snapshotResponse(state.context.Response),
    forwarded: state.forwarded,
    variables: snapshotVariables(state),
    lastError: snapshotLastError(state),
    trace: state.trace ?? [],
  };
}
