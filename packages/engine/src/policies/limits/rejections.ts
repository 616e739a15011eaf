import { PolicyError } from '../../run/policy-error.js';
import { NEVER_TEXT, timeSpanText } from './time-span.js';

/**
 * A rate limit is exceeded: 429 with `Retry-After`; LastError `RateLimitExceeded` / "Rate limit is
 * exceeded", the body's message says how long to wait.
 */
export function rateLimitExceeded(
  retryAfter: number,
  headers: Readonly<Record<string, string>>,
): PolicyError {
  return new PolicyError({
    reason: 'RateLimitExceeded',
    message: 'Rate limit is exceeded',
    status: 429,
    responseMessage: `Rate limit is exceeded. Try again in ${retryAfter} seconds.`,
    headers,
  });
}

/** What a quota counts. */
export type QuotaKind = 'calls' | 'bandwidth';

/**
 * A quota is exceeded: 403 with `Retry-After` (none for a quota that never renews); LastError
 * `QuotaExceeded` and the body say when it is replenished (`hh:mm:ss`).
 */
export function quotaExceeded(
  kind: QuotaKind,
  waitSeconds: number | null,
  headerName = 'Retry-After',
): PolicyError {
  const wait = waitSeconds === null ? NEVER_TEXT : timeSpanText(waitSeconds);
  const message = `Out of ${kind === 'calls' ? 'call volume' : 'bandwidth'} quota. Quota will be replenished in ${wait}.`;
  return new PolicyError({
    reason: 'QuotaExceeded',
    message,
    status: 403,
    headers: waitSeconds === null ? {} : { [headerName]: String(waitSeconds) },
  });
}
