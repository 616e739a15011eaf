import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../load/load-policy.js';
import type { Outcome } from '../outcome/types.js';
import { parseAddress } from './ip-filter.js';

const URL = 'https://contoso.azure-api.net/echo/resource';

function policy(inbound: string) {
  const compiled = compilePolicy(
    `<policies><inbound>${inbound}</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>`,
  );
  expect(compiled.diagnostics).toEqual([]);
  return compiled;
}

function verdict(outcome: Outcome): string {
  if (outcome.kind === 'forward') return 'admitted';
  expect(outcome.response.status).toBe(
    outcome.lastError?.reason === 'ExpressionValueEvaluationFailure' ? 500 : 403,
  );
  return outcome.lastError?.reason ?? 'no error';
}

const ALLOW = `<ip-filter action="allow">
  <address>13.66.201.169</address>
  <address-range from="13.66.140.128" to="13.66.140.143" />
  <address>2001:db8::1</address>
  <address-range from="2001:db8:1::" to="2001:db8:1::ffff" />
</ip-filter>`;

describe('ip-filter allow', () => {
  const compiled = policy(ALLOW);
  it.each([
    ['13.66.201.169', 'admitted'],
    ['13.66.140.128', 'admitted'],
    ['13.66.140.143', 'admitted'],
    ['13.66.140.144', 'CallerIpNotAllowed'],
    ['13.66.140.127', 'CallerIpNotAllowed'],
    ['2001:db8::1', 'admitted'],
    ['2001:DB8:0:0:0:0:0:1', 'admitted'],
    ['2001:db8:1::abcd', 'admitted'],
    ['2001:db8:1::1:0', 'CallerIpNotAllowed'],
    ['::ffff:13.66.201.169', 'admitted'],
    ['::ffff:13.66.140.130', 'admitted'],
    ['::ffff:13.66.201.170', 'CallerIpNotAllowed'],
    ['not an address', 'FailedToParseCallerIP'],
  ])('caller %s → %s', async (clientIp, expected) => {
    expect(verdict(await compiled.run({ url: URL, clientIp }, { now: 0 }))).toBe(expected);
  });

  it('answers 403 Forbidden and names the caller in LastError', async () => {
    const outcome = await compiled.run({ url: URL, clientIp: '10.1.2.3' }, { now: 0 });
    if (outcome.kind !== 'respond') throw new Error('expected a response');
    expect(outcome.response.status).toBe(403);
    expect(JSON.parse(outcome.response.body ?? '')).toEqual({ statusCode: 403, message: 'Forbidden' });
    expect(outcome.lastError).toMatchObject({
      source: 'ip-filter',
      reason: 'CallerIpNotAllowed',
      message: 'Caller IP address 10.1.2.3 is not allowed. Access denied.',
    });
  });

  it('explains an unparsable caller address', async () => {
    const outcome = await compiled.run({ url: URL, clientIp: '' }, { now: 0 });
    expect(outcome.lastError?.message).toBe('Failed to establish IP address for the caller. Access denied.');
  });
});

describe('ip-filter forbid', () => {
  const compiled = policy(`<ip-filter action="forbid">
  <address>::ffff:192.168.0.7</address>
  <address-range from="10.0.0.0" to="10.255.255.255" />
</ip-filter>`);
  it.each([
    ['10.20.30.40', 'CallerIpBlocked'],
    ['192.168.0.7', 'CallerIpBlocked'],
    ['::ffff:10.0.0.1', 'CallerIpBlocked'],
    ['11.0.0.0', 'admitted'],
    ['fe80::1', 'admitted'],
  ])('caller %s → %s', async (clientIp, expected) => {
    expect(verdict(await compiled.run({ url: URL, clientIp }, { now: 0 }))).toBe(expected);
  });

  it('does not name the caller', async () => {
    const outcome = await compiled.run({ url: URL, clientIp: '10.0.0.1' }, { now: 0 });
    expect(outcome.lastError?.message).toBe('Caller IP address is blocked. Access denied.');
  });
});

describe('ip-filter with expressions', () => {
  const compiled = policy(`<ip-filter action="@((string)context.Variables["mode"])">
  <address>@((string)context.Variables["address"])</address>
  <address-range from="@("172.16." + "0.0")" to="172.16.255.255" />
</ip-filter>`);
  const run = (clientIp: string, variables: Record<string, unknown>) =>
    compiled.run({ url: URL, clientIp }, { now: 0, variables });

  it('evaluates the action and the addresses per request', async () => {
    expect(verdict(await run('1.1.1.1', { mode: 'allow', address: '1.1.1.1' }))).toBe('admitted');
    expect(verdict(await run('1.1.1.1', { mode: 'forbid', address: '1.1.1.1' }))).toBe('CallerIpBlocked');
    expect(verdict(await run('172.16.3.4', { mode: 'allow', address: '1.1.1.1' }))).toBe('admitted');
  });

  it('fails like an expression when an evaluated address or action is invalid', async () => {
    const bad = await run('1.1.1.1', { mode: 'allow', address: '1.1.1' });
    expect(verdict(bad)).toBe('ExpressionValueEvaluationFailure');
    expect(bad.lastError?.message).toContain("'1.1.1' is not valid for 'address'");
    expect(verdict(await run('1.1.1.1', { mode: 'deny', address: '1.1.1.1' }))).toBe(
      'ExpressionValueEvaluationFailure',
    );
  });
});

describe('ip-filter load checks', () => {
  it.each([
    ['<address>300.1.1.1</address>', "'300.1.1.1' is not valid for 'address'"],
    ['<address-range from="10.0.0.9" to="10.0.0.1" />', 'lower than the start of the range'],
    ['<address-range from="10.0.0.1" to="2001:db8::1" />', 'not of the same address family'],
  ])('reports %s', (rule, message) => {
    const compiled = compilePolicy(
      `<policies><inbound><ip-filter action="allow">${rule}</ip-filter></inbound></policies>`,
    );
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toContain(message);
  });
});

describe('parseAddress', () => {
  it('maps IPv4-mapped IPv6 to IPv4 and drops zones', () => {
    expect(parseAddress('::FFFF:1.2.3.4')).toEqual({ address: '1.2.3.4', family: 'ipv4' });
    expect(parseAddress(' fe80::1%eth0 ')).toEqual({ address: 'fe80::1', family: 'ipv6' });
    expect(parseAddress('1.2.3')).toBeNull();
  });
});
