import { describe, expect, it } from 'vitest';
import '../index.js';
import '../../runtime-types.js';
import { CultureInfo } from '../../../runtime/text/culture-info.js';
import { Decimal } from '../../../runtime/text/decimal.js';
import { Guid } from '../../../runtime/text/guid.js';
import { Random } from '../../../runtime/text/random.js';
import { StringBuilder } from '../../../runtime/text/string-builder.js';
import { StringComparer } from '../../../runtime/text/string-comparer.js';
import { definitionNamed } from '../../registry.js';
import { declarationProblems } from '../test-support/check-declarations.js';

/** The types the text area declares or extends, with the runtime class of their instances. */
const types: readonly (readonly [string, object | null])[] = [
  ['System.String', String.prototype],
  ['System.Char', null],
  ['System.Boolean', null],
  ['System.SByte', null],
  ['System.Byte', null],
  ['System.Int16', null],
  ['System.UInt16', null],
  ['System.Int32', null],
  ['System.UInt32', null],
  ['System.Int64', null],
  ['System.UInt64', null],
  ['System.Single', null],
  ['System.Double', null],
  ['System.Decimal', Decimal.prototype],
  ['System.Math', null],
  ['System.Convert', null],
  ['System.BitConverter', null],
  ['System.Random', Random.prototype],
  ['System.Guid', Guid.prototype],
  ['System.Enum', null],
  ['System.Text.StringBuilder', StringBuilder.prototype],
  ['System.StringComparer', StringComparer.prototype],
  ['System.StringComparison', null],
  ['System.StringSplitOptions', null],
  ['System.MidpointRounding', null],
  ['System.Globalization.NumberStyles', null],
  ['System.Globalization.CultureInfo', CultureInfo.prototype],
  ['System.IFormatProvider', null],
];

describe('the text area’s model', () => {
  it.each(types)('resolves every member of %s and each has an implementation', (name, prototype) => {
    const definition = definitionNamed(name);
    expect(definition).toBeDefined();
    expect(declarationProblems(definition!, { sample: prototype })).toEqual([]);
  });

  it('declares decimal operators for the binder', () => {
    const operators = definitionNamed('System.Decimal')!.members.operators.map((o) => o.operator);
    expect(operators).toEqual(
      expect.arrayContaining(['+', '-', '*', '/', '%', '==', '<', 'implicit', 'explicit']),
    );
  });

  it('marks modern-only overloads as not allowed by API Management', () => {
    const split = definitionNamed('System.String')!.members.byName.get('Split')!;
    const allowed = split.filter((m) => m.allowed).length;
    expect(allowed).toBe(6);
    expect(split.length).toBe(8);
  });

  it('allows only the listed members of System.Enum', () => {
    const members = [...definitionNamed('System.Enum')!.members.byName.values()].flat();
    expect(
      members
        .filter((m) => m.allowed)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Parse', 'Parse', 'ToString', 'ToString', 'TryParse', 'TryParse']);
  });
});
