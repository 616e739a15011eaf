import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { createContext } from '../../runtime/apim/create-context.js';
import { defaultEnvironment, type Environment, withEnvironment } from '../../runtime/environment.js';
import { toDotnetString } from '../../runtime/text/to-string.js';
import type { ConformanceCase } from '../case.js';
import { cases } from './apim.js';

/** The case's environment (the conformance defaults: 2024-01-15T10:30:00Z, UTC, en-US, .NET Framework). */
function environmentOf(testCase: ConformanceCase): Environment {
  const settings = testCase.environment ?? {};
  return {
    ...defaultEnvironment(),
    now: () => Date.parse(settings.now ?? '2024-01-15T10:30:00Z'),
    timeZone: settings.timeZone ?? 'UTC',
    culture: settings.culture ?? 'en-US',
    dotnet: settings.dotnet ?? 'framework',
  };
}

/**
 * Chains this walk cannot follow: enum-typed members (a number at run time, printed by name in
 * .NET), extension methods, and members of other areas' types whose runtime names differ from
 * .NET's.
 */
const NOT_FIELDS =
  /\.(State|CurrentCarbonIntensity|TotalMilliseconds|HasValue|Length|VerifyNoRevocation\(\)|Count\(\)|StatusCode\.ToString\(\))$/;

/**
 * The cases whose expression is a plain member chain (`context.Request.Url.Host`, possibly
 * ending in a call without arguments): the runtime fields carry the .NET names, so walking them
 * checks the runtime against the expectations established with Mono, before a compiler exists.
 */
const memberChains = cases.filter(
  (c) =>
    /^context(\.[A-Za-z]+)+(\(\))?$/.test(c.expression) &&
    !NOT_FIELDS.test(c.expression) &&
    c.throws === undefined,
);

describe('the apim conformance cases', () => {
  it('build their contexts', () => {
    for (const testCase of cases) {
      expect(() =>
        withEnvironment(environmentOf(testCase), () => createContext(testCase.context)),
      ).not.toThrow();
    }
  });

  it('include member chains to check directly', () => {
    expect(memberChains.length).toBeGreaterThan(80);
  });

  it.each(memberChains.map((c) => [c.expression, c] as const))(
    '%s agrees with the runtime',
    (_, testCase) => {
      const printed = withEnvironment(environmentOf(testCase), () => {
        let value: unknown = createContext(testCase.context);
        for (const segment of testCase.expression.split('.').slice(1)) {
          const member = (value as Record<string, unknown>)[segment.replace('()', '')];
          value = segment.endsWith('()') ? (member as () => unknown).call(value) : member;
          if (value === null) break;
        }
        return value === null ? null : toDotnetString(value);
      });
      expect(printed).toBe(testCase.expect);
    },
  );
});
