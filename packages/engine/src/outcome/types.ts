import type { Scope, Section } from '../catalog/types.js';

/** Header values by name, as the message holds them (names in their first spelling). */
export type HeaderValues = Readonly<Record<string, readonly string[]>>;

/** A response the gateway sends to the caller. */
export interface ResponseOutcome {
  readonly status: number;
  readonly reason: string;
  readonly headers: HeaderValues;
  /** The body as text (UTF-8), or null when there is none. */
  readonly body: string | null;
}

/** The request the gateway sends to the backend, as the policies left it. */
export interface ForwardedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderValues;
  readonly body: string | null;
}

/** `context.LastError` as data. */
export interface LastErrorOutcome {
  readonly source: string;
  readonly reason: string;
  readonly message: string;
  readonly scope: string;
  readonly section: string;
  readonly path: string;
  readonly policyId: string;
}

/** A position in a policy file. */
export interface TracePosition {
  readonly file: string | undefined;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/**
 * One step of a run, as data:
 * - `section`: a section starts;
 * - `policy`: a policy ran (`detail` says what it did);
 * - `condition`: a `when` condition and its value;
 * - `skipped`: a policy that did not run (an unexecutable one in lenient mode, a `when` after the
 *   one chosen is not listed: its condition is never evaluated);
 * - `error`: a policy failed or rejected the request (`LastError` follows);
 * - `message`: a `trace` policy or `context.Trace(...)`;
 * - `backend`: the backend was called, or the request is ready to forward.
 */
export interface TraceEntry {
  readonly kind: 'section' | 'policy' | 'condition' | 'skipped' | 'error' | 'message' | 'backend';
  readonly section: Section;
  readonly scope: Scope | null;
  /** The policy's element name, or null for entries that belong to no policy. */
  readonly policy: string | null;
  /** The policy's path in its section (as `LastError.Path`). */
  readonly path: string | null;
  /** What happened, in words. */
  readonly detail: string;
  readonly at: TracePosition | null;
  /** Structured detail: the condition's value, the header set, the status returned... */
  readonly data?: Readonly<Record<string, unknown>>;
}

interface OutcomeBase {
  /** `context.Variables` at the end of the run, in their runtime form (see the package README). */
  readonly variables: Readonly<Record<string, unknown>>;
  /** The last error of the run, or null when none occurred. */
  readonly lastError: LastErrorOutcome | null;
  readonly trace: readonly TraceEntry[];
}

/** The gateway answers the caller: from a policy (return-response, an error) or after the backend. */
export interface RespondOutcome extends OutcomeBase {
  readonly kind: 'respond';
  readonly response: ResponseOutcome;
  /** The request sent to the backend callback, when one was called. */
  readonly forwarded: ForwardedRequest | null;
}

/** No backend callback was given: the request is ready to go to the backend, as inbound left it. */
export interface ForwardOutcome extends OutcomeBase {
  readonly kind: 'forward';
  readonly request: ForwardedRequest;
}

export type Outcome = RespondOutcome | ForwardOutcome;
