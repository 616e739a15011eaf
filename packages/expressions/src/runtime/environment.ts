/**
 * What an evaluation may depend on beyond the context: the clock, the gateway's time zone and
 * culture, the .NET flavour whose behaviour to reproduce, sources of randomness, and the budget
 * of loop iterations and calls. `evaluate` installs one for the duration of a (synchronous)
 * evaluation; runtime functions read it with `environment()`.
 */
export interface Environment {
  /** The current instant, in milliseconds since 1970-01-01T00:00:00Z (`DateTime.UtcNow`). */
  readonly now: () => number;
  /** The gateway's time zone, an IANA name (`DateTime.Now`, certificate dates). Default `UTC`. */
  readonly timeZone: string;
  /** The gateway's culture for `ToString()` and parsing. Default `en-US`. */
  readonly culture: 'en-US' | 'invariant';
  /**
   * Which .NET to reproduce where .NET Framework and modern .NET differ (double formatting,
   * some exception messages). Default `framework`: API Management documents C# 7, the language
   * of .NET Framework.
   */
  readonly dotnet: 'framework' | 'core';
  /** 16 random bytes for `Guid.NewGuid()`. */
  readonly newGuid: () => Uint8Array;
  /** A random number in [0, 1) for an unseeded `new Random()`. */
  readonly random: () => number;
  /** Loop iterations and local-function calls still allowed in this evaluation. */
  budget: number;
}

/** The default budget of loop iterations and calls per evaluation. */
export const DEFAULT_BUDGET = 1_000_000;

export function defaultEnvironment(): Environment {
  return {
    now: () => Date.now(),
    timeZone: 'UTC',
    culture: 'en-US',
    dotnet: 'framework',
    newGuid: () => globalThis.crypto.getRandomValues(new Uint8Array(16)),
    random: () => Math.random(),
    budget: DEFAULT_BUDGET,
  };
}

let current: Environment = defaultEnvironment();

/** The environment of the evaluation in progress. */
export function environment(): Environment {
  return current;
}

/** Runs `body` with `next` as the environment, then restores the previous one. */
export function withEnvironment<T>(next: Environment, body: () => T): T {
  const previous = current;
  current = next;
  try {
    return body();
  } finally {
    current = previous;
  }
}

/**
 * Installs `next` as the environment and returns the previous one, for callers that restore it
 * themselves in a `finally` (the evaluation wrapper, which avoids a closure per call).
 */
export function enterEnvironment(next: Environment): Environment {
  const previous = current;
  current = next;
  return previous;
}

/** Restores the environment `enterEnvironment` returned. */
export function leaveEnvironment(previous: Environment): void {
  current = previous;
}
