import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../load/load-policy.js';
import type { Outcome } from '../outcome/types.js';
import { equalsOrdinalIgnoreCase } from './check-header.js';

const URL = 'https://contoso.azure-api.net/echo/resource';

function policy(inbound: string) {
  const compiled = compilePolicy(
    `<policies><inbound>${inbound}</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>`,
  );
  expect(compiled.diagnostics).toEqual([]);
  return compiled;
}

async function run(inbound: string, headers: Record<string, string | readonly string[]>): Promise<Outcome> {
  return policy(inbound).run({ url: URL, headers }, { now: 0 });
}

function rejected(outcome: Outcome) {
  if (outcome.kind !== 'respond') throw new Error(`expected a response, got ${outcome.kind}`);
  return {
    status: outcome.response.status,
    body: JSON.parse(outcome.response.body ?? 'null'),
    error: outcome.lastError,
  };
}

const CHECK = `<check-header name="X-Api-Key" failed-check-httpcode="401" failed-check-error-message="Missing or wrong key" ignore-case="false">
  <value>alpha</value>
  <value>Beta</value>
</check-header>`;

describe('check-header', () => {
  it('admits a request whose header has an allowed value', async () => {
    const outcome = await run(CHECK, { 'x-api-key': 'alpha' });
    expect(outcome.kind).toBe('forward');
    expect(outcome.lastError).toBeNull();
    expect(outcome.trace.find((entry) => entry.policy === 'check-header')?.detail).toBe(
      'header X-Api-Key has an allowed value',
    );
  });

  it('rejects a missing header with HeaderNotFound and the configured status and message', async () => {
    const outcome = rejected(await run(CHECK, {}));
    expect(outcome.status).toBe(401);
    expect(outcome.body).toEqual({ statusCode: 401, message: 'Missing or wrong key' });
    expect(outcome.error).toMatchObject({
      source: 'check-header',
      reason: 'HeaderNotFound',
      message: 'Header X-Api-Key was not found in the request. Access denied.',
      section: 'inbound',
    });
  });

  it('rejects a value not listed with HeaderValueNotAllowed', async () => {
    const outcome = rejected(await run(CHECK, { 'X-Api-Key': 'gamma' }));
    expect(outcome.status).toBe(401);
    expect(outcome.error).toMatchObject({
      reason: 'HeaderValueNotAllowed',
      message: 'Header X-Api-Key value of gamma is not allowed. Access denied.',
    });
  });

  it('compares case-sensitively unless ignore-case is true', async () => {
    expect(rejected(await run(CHECK, { 'X-Api-Key': 'beta' })).error?.reason).toBe('HeaderValueNotAllowed');
    const caseless = CHECK.replace('ignore-case="false"', 'ignore-case="true"');
    expect((await run(caseless, { 'X-Api-Key': 'BETA' })).kind).toBe('forward');
  });

  it('only checks presence when no value is listed (an empty value counts)', async () => {
    const presence =
      '<check-header name="Authorization" failed-check-httpcode="403" failed-check-error-message="No" ignore-case="true" />';
    expect((await run(presence, { Authorization: '' })).kind).toBe('forward');
    expect(rejected(await run(presence, {})).error?.reason).toBe('HeaderNotFound');
  });

  it('requires every value of a header given several times to be allowed', async () => {
    expect((await run(CHECK, { 'X-Api-Key': ['alpha', 'Beta'] })).kind).toBe('forward');
    const outcome = rejected(await run(CHECK, { 'X-Api-Key': ['alpha', 'other'] }));
    expect(outcome.error?.message).toBe('Header X-Api-Key value of other is not allowed. Access denied.');
  });

  it('does not split a value at commas', async () => {
    expect(rejected(await run(CHECK, { 'X-Api-Key': 'alpha, Beta' })).error?.reason).toBe(
      'HeaderValueNotAllowed',
    );
  });

  it('evaluates expressions in attributes and values, as raw policy XML writes them', async () => {
    const inbound = `<check-header name="@("X-" + "Tenant")" failed-check-httpcode="@(400 + 3)" failed-check-error-message="@("Tenant " + "refused")" ignore-case="@(true)">
      <value>@((string)context.Variables["tenant"])</value>
    </check-header>`;
    const compiled = policy(inbound);
    const admitted = await compiled.run(
      { url: URL, headers: { 'x-tenant': 'CONTOSO' } },
      { now: 0, variables: { tenant: 'contoso' } },
    );
    expect(admitted.kind).toBe('forward');
    const refused = rejected(
      await compiled.run(
        { url: URL, headers: { 'x-tenant': 'fabrikam' } },
        { now: 0, variables: { tenant: 'contoso' } },
      ),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ statusCode: 403, message: 'Tenant refused' });
    expect(refused.error?.message).toBe('Header X-Tenant value of fabrikam is not allowed. Access denied.');
  });

  it('runs on-error with the rejection prepared', async () => {
    const compiled = compilePolicy(`<policies>
  <inbound>${CHECK}</inbound>
  <backend><forward-request /></backend>
  <outbound />
  <on-error><set-header name="X-Reason" exists-action="override"><value>@(context.LastError.Reason)</value></set-header></on-error>
</policies>`);
    const outcome = await compiled.run({ url: URL }, { now: 0 });
    if (outcome.kind !== 'respond') throw new Error('expected a response');
    expect(outcome.response.status).toBe(401);
    expect(outcome.response.headers['X-Reason']).toEqual(['HeaderNotFound']);
  });
});

describe('equalsOrdinalIgnoreCase', () => {
  it('folds simple case mappings only', () => {
    expect(equalsOrdinalIgnoreCase('Straße', 'STRASSE')).toBe(false);
    expect(equalsOrdinalIgnoreCase('straße', 'STRAßE')).toBe(true);
    expect(equalsOrdinalIgnoreCase('énorme', 'ÉNORME')).toBe(true);
    expect(equalsOrdinalIgnoreCase('a', 'b')).toBe(false);
  });
});
