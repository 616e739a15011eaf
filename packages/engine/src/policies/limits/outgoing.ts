import type { HeaderValues } from '../../outcome/types.js';
import type { HttpResponse } from '../../run/services.js';

/** Headers of a request being built: names compare case-insensitively, the first spelling stays. */
export class OutgoingHeaders {
  readonly #entries = new Map<string, { name: string; values: string[] }>();

  constructor(initial: HeaderValues = {}) {
    for (const [name, values] of Object.entries(initial)) this.set(name, values);
  }

  has(name: string): boolean {
    return this.#entries.has(name.toLowerCase());
  }

  set(name: string, values: readonly string[]): void {
    const known = this.#entries.get(name.toLowerCase());
    this.#entries.set(name.toLowerCase(), { name: known?.name ?? name, values: [...values] });
  }

  append(name: string, values: readonly string[]): void {
    const known = this.#entries.get(name.toLowerCase());
    if (known === undefined) this.set(name, values);
    else known.values.push(...values);
  }

  delete(name: string): void {
    this.#entries.delete(name.toLowerCase());
  }

  toRecord(): HeaderValues {
    const record: Record<string, readonly string[]> = {};
    for (const { name, values } of this.#entries.values()) record[name] = values;
    return record;
  }
}

/** Raised when an answer takes longer than its time limit. */
export class TimeLimitExceeded extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** The answer, or a `TimeLimitExceeded` rejection once `timeoutMs` (wall time) has passed. */
export function withTimeLimit(pending: Promise<HttpResponse>, timeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeLimitExceeded(timeoutMs)), timeoutMs);
    timer.unref?.();
    pending.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Whether a transport's failure is a time-out (`TimeoutError`/`AbortError`, as fetch raises them). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
