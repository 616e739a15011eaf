/**
 * A policy failed or rejected the request. Handlers throw it; the pipeline turns it into
 * `context.LastError`, prepares the error response (`status` with API Management's JSON body
 * `{ "statusCode": ..., "message": ... }` unless `body` is given) and runs on-error.
 */
export class PolicyError extends Error {
  readonly reason: string;
  readonly status: number;
  /** The message of the error response's body (API Management's JSON), when it differs from `message`. */
  readonly responseMessage: string;
  /** Headers of the error response (`Retry-After`...). */
  readonly headers: Readonly<Record<string, string>>;
  /** Overrides the failing policy's path (a `when` whose condition failed). */
  readonly path: string | undefined;
  /** Overrides the source (the policy's element name by default). */
  readonly source: string | undefined;
  /** The .NET exception an expression threw, when that is the failure. */
  readonly exception: DotnetExceptionInfo | undefined;

  constructor(init: {
    reason: string;
    message: string;
    status: number;
    responseMessage?: string;
    headers?: Readonly<Record<string, string>>;
    path?: string;
    source?: string;
    exception?: DotnetExceptionInfo;
  }) {
    super(init.message);
    this.name = 'PolicyError';
    this.reason = init.reason;
    this.status = init.status;
    this.responseMessage = init.responseMessage ?? init.message;
    this.headers = init.headers ?? {};
    this.path = init.path;
    this.source = init.source;
    this.exception = init.exception;
  }
}

/** A .NET exception as data: `System.NullReferenceException` and its message. */
export interface DotnetExceptionInfo {
  readonly type: string;
  readonly message: string;
}

/** The reason of every failed expression. */
export const EXPRESSION_FAILURE = 'ExpressionValueEvaluationFailure';

/** An expression threw: API Management's 500 with the exception's message. */
export function expressionFailure(
  message: string,
  path?: string,
  exception?: DotnetExceptionInfo,
): PolicyError {
  return new PolicyError({
    ...(exception === undefined ? {} : { exception }),
    reason: EXPRESSION_FAILURE,
    message: `Expression evaluation failed. ${message}`,
    status: 500,
    responseMessage: 'Internal server error',
    ...(path === undefined ? {} : { path }),
  });
}

/** API Management's error body: `{ "statusCode": 401, "message": "..." }` (plus `activityId` for a 500). */
export function errorBody(status: number, message: string, activityId?: string): string {
  const fields = [`"statusCode": ${status}`, `"message": ${JSON.stringify(message)}`];
  if (activityId !== undefined) fields.push(`"activityId": ${JSON.stringify(activityId)}`);
  return `{ ${fields.join(', ')} }`;
}
