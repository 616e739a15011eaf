import { describe, expect, it } from 'vitest';
import '../index.js';
import { DateTime } from '../../../runtime/time/date-time.js';
import { DateTimeOffset } from '../../../runtime/time/date-time-offset.js';
import { TimeSpan } from '../../../runtime/time/time-span.js';
import { TimeZone } from '../../../runtime/time/time-zone.js';
import { TimeZoneInfo } from '../../../runtime/time/time-zone-info.js';
import { definitionNamed } from '../../registry.js';
import { declarationProblems } from '../test-support/check-declarations.js';

/** The types the time area declares or extends, with the runtime class of their instances. */
const types: readonly (readonly [string, object | null])[] = [
  ['System.DateTime', DateTime.prototype],
  ['System.TimeSpan', TimeSpan.prototype],
  ['System.DateTimeOffset', DateTimeOffset.prototype],
  ['System.TimeZoneInfo', TimeZoneInfo.prototype],
  ['System.TimeZone', TimeZone.prototype],
  ['System.CurrentSystemTimeZone', TimeZone.prototype],
  ['System.TimeZoneNotFoundException', null],
  ['System.DateTimeKind', null],
  ['System.DayOfWeek', null],
  ['System.Globalization.DateTimeStyles', null],
  ['System.Globalization.TimeSpanStyles', null],
  ['System.Convert', null],
];

describe('the time area’s model', () => {
  it.each(types)('resolves every member of %s and each has an implementation', (name, prototype) => {
    const definition = definitionNamed(name);
    expect(definition).toBeDefined();
    expect(declarationProblems(definition!, { sample: prototype })).toEqual([]);
  });

  it('allows only the listed DateTime members', () => {
    const members = definitionNamed('System.DateTime')!.members;
    const all = (name: string) => members.byName.get(name)!.every((symbol) => symbol.allowed);
    const none = (name: string) => members.byName.get(name)!.every((symbol) => !symbol.allowed);
    for (const name of ['UtcNow', 'Now', 'Today', 'AddDays', 'Parse', 'Subtract', 'ToString', 'MinValue'])
      expect(all(name), name).toBe(true);
    for (const name of ['ToUniversalTime', 'TryParse', 'ParseExact', 'Kind', 'SpecifyKind', 'CompareTo'])
      expect(none(name), name).toBe(true);
    expect(members.constructors.every((symbol) => symbol.allowed)).toBe(true);
    expect(members.operators.every((symbol) => symbol.allowed)).toBe(true);
  });

  it('marks members of modern .NET only as not allowed', () => {
    const span = definitionNamed('System.TimeSpan')!.members;
    expect(span.byName.get('Multiply')!.some((symbol) => symbol.allowed)).toBe(false);
    expect(span.byName.get('FromMinutes')!.every((symbol) => symbol.allowed)).toBe(true);
    const offset = definitionNamed('System.DateTimeOffset')!.members;
    expect(offset.byName.get('UnixEpoch')!.some((symbol) => symbol.allowed)).toBe(false);
    expect(offset.byName.get('ToUnixTimeSeconds')!.every((symbol) => symbol.allowed)).toBe(true);
  });

  it('extends System.Convert with the DateTime conversions', () => {
    const members = definitionNamed('System.Convert')!.members;
    expect(members.byName.get('ToDateTime')!.length).toBeGreaterThanOrEqual(10);
  });

  it('declares the operators the binder needs', () => {
    const operators = (name: string) => definitionNamed(name)!.members.operators.map((o) => o.operator);
    expect(operators('System.DateTime')).toEqual(expect.arrayContaining(['+', '-', '==', '!=', '<', '>=']));
    expect(operators('System.TimeSpan')).toEqual(expect.arrayContaining(['+', '-', '==', '<', '>']));
    expect(operators('System.DateTimeOffset')).toEqual(expect.arrayContaining(['implicit', '-', '==']));
  });
});
