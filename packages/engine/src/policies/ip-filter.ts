import { BlockList, isIP } from 'node:net';
import type { ElementNode } from '../document/model.js';
import { planDiagnostic } from '../plan/messages.js';
import { CONTINUE } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { expressionFailure, PolicyError } from '../run/policy-error.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';

type Family = 'ipv4' | 'ipv6';

/** An address as the filter compares it: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes IPv4. */
export interface ParsedAddress {
  readonly address: string;
  readonly family: Family;
}

const MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** Parses an IPv4 or IPv6 address (white space around it ignored, an IPv6 zone dropped); null when invalid. */
export function parseAddress(text: string): ParsedAddress | null {
  let address = text.trim();
  const zone = address.indexOf('%');
  if (zone > 0 && address.includes(':')) address = address.slice(0, zone);
  const version = isIP(address);
  if (version === 4) return { address, family: 'ipv4' };
  if (version !== 6) return null;
  const mapped = MAPPED.exec(address);
  if (mapped !== null && isIP(mapped[1] as string) === 4)
    return { address: mapped[1] as string, family: 'ipv4' };
  return { address, family: 'ipv6' };
}

/** One `<address>` or `<address-range>` of the policy. */
type Rule =
  | { readonly kind: 'address'; readonly element: ElementNode; readonly address: Value<string> }
  | {
      readonly kind: 'range';
      readonly element: ElementNode;
      readonly from: Value<string>;
      readonly to: Value<string>;
    };

/** Why a rule cannot be used. */
type RuleProblem = { readonly value: string; readonly attribute: string; readonly detail: string };

/** Adds a rule's addresses to the list, or says what is wrong with them. */
function addRule(list: BlockList, rule: Rule, read: (value: Value<string>) => string): RuleProblem | null {
  if (rule.kind === 'address') {
    const text = read(rule.address);
    const parsed = parseAddress(text);
    if (parsed === null) return { value: text, attribute: 'address', detail: 'not an IPv4 or IPv6 address' };
    list.addAddress(parsed.address, parsed.family);
    return null;
  }
  const fromText = read(rule.from);
  const toText = read(rule.to);
  const from = parseAddress(fromText);
  if (from === null) return { value: fromText, attribute: 'from', detail: 'not an IPv4 or IPv6 address' };
  const to = parseAddress(toText);
  if (to === null) return { value: toText, attribute: 'to', detail: 'not an IPv4 or IPv6 address' };
  if (from.family !== to.family)
    return { value: toText, attribute: 'to', detail: `not of the same address family as '${fromText}'` };
  // A reversed range is refused rather than taken as empty.
  if (!addRange(list, from, to))
    return { value: toText, attribute: 'to', detail: `lower than the start of the range '${fromText}'` };
  return null;
}

/** Adds `from`–`to`; false when `to` < `from` (BlockList refuses it with ERR_INVALID_ARG_VALUE). */
function addRange(list: BlockList, from: ParsedAddress, to: ParsedAddress): boolean {
  try {
    list.addRange(from.address, to.address, from.family);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ERR_INVALID_ARG_VALUE') return false;
    throw error;
  }
}

/**
 * `<ip-filter action="allow|forbid">` with `<address>`es and inclusive `<address-range from to>`s:
 * `allow` admits only callers (`context.Request.IpAddress`) that match, `forbid` rejects those that
 * match. A rejection is API Management's 403 with the message `Forbidden`; `LastError.Reason` is
 * `CallerIpNotAllowed` (allow) or `CallerIpBlocked` (forbid), and `FailedToParseCallerIP` when the
 * caller's address is not an IP address. Literal addresses are checked at load; addresses given by
 * expressions when the policy runs (an invalid one fails like an expression).
 *
 * Choices where API Management's behaviour is not documented:
 * - IPv4 and IPv6 are both supported; an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`), as caller
 *   or in a rule, is compared as the IPv4 address it maps, so IPv4 rules apply to such callers.
 * - A range's ends must be of the same family and in order (from ≤ to); a reversed range is an
 *   error, not an empty range.
 * - A zone (`fe80::1%eth0`) is ignored.
 */
export const ipFilter = defineHandler('ip-filter', (element, _origin, planner) => {
  const action = planner.value(element, 'action', 'string', 'allow');
  const rules: Rule[] = [];
  for (const child of element.children) {
    if (child.type !== 'Element') continue;
    if (child.name === 'address') {
      rules.push({ kind: 'address', element: child, address: planner.text(child, 'string') });
    } else if (child.name === 'address-range') {
      rules.push({
        kind: 'range',
        element: child,
        from: planner.value(child, 'from', 'string', ''),
        to: planner.value(child, 'to', 'string', ''),
      });
    }
  }
  const literal = rules.every((rule) =>
    rule.kind === 'address'
      ? rule.address.literal !== null
      : rule.from.literal !== null && rule.to.literal !== null,
  );
  // Literal rules are checked and compiled once.
  let fixed: BlockList | null = null;
  if (literal) {
    fixed = new BlockList();
    for (const rule of rules) {
      const problem = addRule(fixed, rule, (value) => value.literal as string);
      if (problem !== null)
        planner.report(
          planDiagnostic('invalid-policy-value', rule.element, { ...problem, element: rule.element.name }),
        );
    }
  }
  const listFor = (state: RunState): BlockList => {
    if (fixed !== null) return fixed;
    const list = new BlockList();
    for (const rule of rules) {
      const problem = addRule(list, rule, (value) => value.get(state));
      if (problem !== null)
        throw expressionFailure(
          `'${problem.value}' is not valid for '${problem.attribute}': ${problem.detail}.`,
        );
    }
    return list;
  };
  return (state, step) => {
    const mode = action.get(state).trim().toLowerCase();
    if (mode !== 'allow' && mode !== 'forbid')
      throw expressionFailure(`'${action.get(state)}' is not a valid action: expected allow or forbid.`);
    const ip = state.context.Request.IpAddress;
    const caller = typeof ip === 'string' ? parseAddress(ip) : null;
    const reject = (reason: string, message: string): never => {
      throw new PolicyError({ reason, message, status: 403, responseMessage: 'Forbidden' });
    };
    if (caller === null)
      reject('FailedToParseCallerIP', 'Failed to establish IP address for the caller. Access denied.');
    const { address, family } = caller as ParsedAddress;
    const matched = listFor(state).check(address, family);
    if (mode === 'allow' && !matched)
      reject('CallerIpNotAllowed', `Caller IP address ${ip} is not allowed. Access denied.`);
    if (mode === 'forbid' && matched)
      reject('CallerIpBlocked', 'Caller IP address is blocked. Access denied.');
    if (state.trace !== null)
      state.record(
        step,
        'policy',
        `caller ${ip} ${matched ? 'matches' : 'does not match'} the ${mode === 'allow' ? 'allowed' : 'forbidden'} addresses: admitted`,
        { ip, action: mode, matched },
      );
    return CONTINUE;
  };
});
