import { DEFAULT_BUDGET, defaultEnvironment, type Environment } from '../runtime/environment.js';

/** What an evaluation may depend on beyond the context (see `Environment`). Every field is optional. */
export interface EvaluateOptions {
  /** The current instant (`DateTime.UtcNow`): a `Date`, epoch milliseconds, or a clock function. */
  readonly now?: Date | number | (() => Date | number);
  /** The gateway's time zone (IANA name). Default `UTC`. */
  readonly timeZone?: string;
  readonly culture?: 'en-US' | 'invariant';
  /** Which .NET's behaviour to reproduce where they differ. Default `framework`. */
  readonly dotnet?: 'framework' | 'core';
  /** Loop iterations and local-function calls allowed. Default 1,000,000. */
  readonly budget?: number;
  /** 16 random bytes for `Guid.NewGuid()`. */
  readonly newGuid?: () => Uint8Array;
  /** A number in [0, 1) for `new Random()`. */
  readonly random?: () => number;
}

function clockOf(now: EvaluateOptions['now']): () => number {
  if (now === undefined) return () => Date.now();
  if (typeof now === 'function') {
    return () => {
      const value = now();
      return typeof value === 'number' ? value : value.getTime();
    };
  }
  const fixed = typeof now === 'number' ? now : now.getTime();
  return () => fixed;
}

/** The environment of one evaluation. */
export function environmentFor(options: EvaluateOptions | undefined): Environment {
  const base = defaultEnvironment();
  if (options === undefined) return base;
  return {
    now: clockOf(options.now),
    timeZone: options.timeZone ?? base.timeZone,
    culture: options.culture ?? base.culture,
    dotnet: options.dotnet ?? base.dotnet,
    newGuid: options.newGuid ?? base.newGuid,
    random: options.random ?? base.random,
    budget: options.budget ?? DEFAULT_BUDGET,
  };
}
