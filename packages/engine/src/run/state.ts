import {
  BudgetExceeded,
  type CompiledExpression,
  createLastError,
  createResponse,
  DotnetException,
  type EvaluateOptions,
  FactNotPrepared,
  type ProxyRequestContext,
} from '@apim-policy/expressions';
import type { Section } from '../catalog/types.js';
import type { CertificateView } from '../certificates/certificate-view.js';
import type { ForwardedRequest, TraceEntry } from '../outcome/types.js';
import { ERROR, type Signal, type Step } from '../plan/step.js';
import { enterEvaluation, leaveEvaluation } from './current-run.js';
import { EXPRESSION_FAILURE, errorBody, expressionFailure, PolicyError } from './policy-error.js';
import type { RunServices } from './services.js';

/** The certificates of one run. */
export interface RunCertificates {
  readonly request: CertificateView | null;
  readonly deployment: readonly CertificateView[];
}

/** Whether the run is in the on-error section already (a failure there does not re-enter it). */
export type Phase = 'pipeline' | 'on-error';

/**
 * The state of one run: the `context` expressions see, the services policies call, the trace,
 * and the failure that sends the run to on-error.
 */
export class RunState {
  readonly context: ProxyRequestContext;
  readonly options: EvaluateOptions;
  readonly services: RunServices;
  /** The client's and the deployment's certificates, as this run sees them. */
  readonly certificates: RunCertificates;
  /** Null when tracing is off. */
  readonly trace: TraceEntry[] | null;
  section: Section = 'inbound';
  phase: Phase = 'pipeline';
  /** The error that stopped the pipeline, once one occurred. */
  failure: PolicyError | null = null;
  /** The step that failed, with `failure`. */
  failedStep: Step | null = null;
  /** The request handed to the backend (forward-request), once it was. */
  forwarded: ForwardedRequest | null = null;
  /** Per-run data policies keep (certificate check results, rate-limit deferrals...). */
  readonly scratch = new Map<unknown, unknown>();
  /** What each step still has to do after outbound (deferred counters). */
  readonly afterResponse: (() => void | Promise<void>)[] = [];

  constructor(init: {
    context: ProxyRequestContext;
    options: EvaluateOptions;
    services: RunServices;
    trace: boolean;
    certificates: RunCertificates;
  }) {
    this.certificates = init.certificates;
    this.context = init.context;
    this.options = init.options;
    this.services = init.services;
    this.trace = init.trace ? [] : null;
  }

  /** The run's clock, epoch milliseconds. */
  now(): number {
    return this.services.now();
  }

  /** Evaluates an expression; a .NET exception becomes API Management's expression failure. */
  evaluate(compiled: CompiledExpression): unknown {
    const previous = enterEvaluation(this);
    try {
      return compiled.evaluate(this.context, this.options);
    } catch (error) {
      throw toPolicyError(error);
    } finally {
      leaveEvaluation(previous);
    }
  }

  /** Adds a trace entry for a step (nothing when tracing is off). */
  record(
    step: Step,
    kind: TraceEntry['kind'],
    detail: string,
    data?: Readonly<Record<string, unknown>>,
  ): void {
    if (this.trace === null) return;
    this.trace.push({
      kind,
      section: this.section,
      scope: step.origin.scope,
      policy: step.name,
      path: step.origin.path,
      detail,
      at: step.at,
      ...(data === undefined ? {} : { data }),
    });
  }

  /** Adds a trace entry that belongs to no policy (a section starting, the backend call). */
  note(kind: TraceEntry['kind'], detail: string, data?: Readonly<Record<string, unknown>>): void {
    if (this.trace === null) return;
    this.trace.push({
      kind,
      section: this.section,
      scope: null,
      policy: null,
      path: null,
      detail,
      at: null,
      ...(data === undefined ? {} : { data }),
    });
  }

  /**
   * A step failed: sets `context.LastError`, prepares the error response and tells the pipeline
   * to go to on-error. Anything thrown becomes a failure; nothing reaches the host.
   */
  fail(thrown: unknown, step: Step): Signal {
    const error = toPolicyError(thrown);
    this.failure = error;
    this.failedStep = step;
    const source = error.source ?? step.name;
    const path = error.path ?? step.origin.path;
    this.context.LastError = createLastError({
      source,
      reason: error.reason,
      message: error.message,
      scope: step.origin.scope,
      section: this.section,
      path,
      policyId: step.id,
    });
    const activityId = error.status >= 500 ? this.context.RequestId.ToString() : undefined;
    this.context.replaceResponse(
      createResponse({
        statusCode: error.status,
        headers: { 'Content-Type': 'application/json', ...error.headers },
        body: errorBody(error.status, error.responseMessage, activityId),
      }),
    );
    if (this.trace !== null) {
      this.trace.push({
        kind: 'error',
        section: this.section,
        scope: step.origin.scope,
        policy: source,
        path,
        detail: `${error.reason === '' ? 'Error' : error.reason}: ${error.message} → ${error.status}`,
        at: step.at,
        data: {
          reason: error.reason,
          message: error.message,
          status: error.status,
          ...(error.exception === undefined ? {} : { exception: error.exception }),
        },
      });
    }
    return ERROR;
  }
}

/** Whatever a step threw, as the failure API Management reports. */
export function toPolicyError(thrown: unknown): PolicyError {
  if (thrown instanceof PolicyError) return thrown;
  if (thrown instanceof DotnetException)
    return expressionFailure(thrown.message, undefined, { type: thrown.type, message: thrown.message });
  if (thrown instanceof BudgetExceeded) return expressionFailure(thrown.message);
  if (thrown instanceof FactNotPrepared) return expressionFailure(thrown.message);
  // A defect of this engine or of a service the caller plugged in: the request fails with a 500
  // (never passes), and the message says what happened.
  const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return new PolicyError({
    reason: thrown instanceof Error && thrown.name === 'ServiceError' ? 'ServiceFailure' : 'InternalError',
    message,
    status: 500,
    responseMessage: 'Internal server error',
  });
}

export { EXPRESSION_FAILURE };
