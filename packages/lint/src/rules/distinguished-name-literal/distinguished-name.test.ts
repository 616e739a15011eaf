import { describe, expect, it } from 'vitest';
import { isForwardOrder, printName, readName } from './distinguished-name.js';
import { nameProblem } from './name-problem.js';

const equals = { casing: 'as-is', caseSensitive: true, match: 'equals' } as const;

describe('readName and printName', () => {
  it('prints names the way .NET does', () => {
    const print = (text: string) => {
      const name = readName(text);
      return name === null ? null : printName(name, false);
    };
    expect(print('CN=client,O=Contoso')).toBe('CN=client, O=Contoso');
    expect(print('cn=client, st=WA')).toBe('CN=client, S=WA');
    expect(print('CN=client, O=Contoso\\, Inc.')).toBe('CN=client, O="Contoso, Inc."');
    expect(print('CN=x\\2Cy')).toBe('CN="x,y"');
    expect(print('CN=a+OU=b')).toBe('CN=a + OU=b');
    expect(print('CN="Say ""hi"""')).toBe('CN="Say ""hi"""');
    expect(print('emailAddress=a@b.example, CN=a')).toBe('E=a@b.example, CN=a');
    expect(print('Contoso')).toBeNull();
    expect(print('CN=a,')).toBeNull();
    expect(print('CN="open')).toBeNull();
  });

  it('tells forward order', () => {
    const forward = (text: string) => isForwardOrder(readName(text) ?? { rdns: [], separators: [] });
    expect(forward('C=US, O=Contoso, CN=client')).toBe(true);
    expect(forward('DC=com, DC=contoso, CN=client')).toBe(true);
    expect(forward('CN=client, O=Contoso, C=US')).toBe(false);
    expect(forward('CN=client')).toBe(false);
    expect(forward('UID=x, CN=client')).toBe(false);
  });
});

describe('nameProblem', () => {
  it('accepts what .NET prints', () => {
    for (const text of [
      'CN=client',
      'CN=client, O=Contoso, C=US',
      'CN=client, O="Contoso, Inc.", S=Washington, C=US',
      'CN=James + O=Microsoft',
      'E=a@b.example, CN=a',
      'OID.2.5.4.15=Private Organization, CN=x',
    ]) {
      expect(nameProblem(text, equals), text).toBeNull();
    }
  });

  it('names the first problem and gives the printed form', () => {
    expect(nameProblem('CN=client,O=Contoso', equals)).toMatchObject({
      kind: 'separator',
      expected: 'CN=client, O=Contoso',
    });
    expect(nameProblem('CN=client; O=Contoso', equals)).toMatchObject({ kind: 'separator', written: ';' });
    expect(nameProblem('CN=client, ST=WA, C=US', equals)).toMatchObject({
      kind: 'stateKey',
      written: 'ST',
      printed: 'S',
      expected: 'CN=client, S=WA, C=US',
    });
    expect(nameProblem('emailAddress=a@b.example', equals)).toMatchObject({
      kind: 'emailKey',
      expected: 'E=a@b.example',
    });
    expect(nameProblem('cn=client', equals)).toMatchObject({ kind: 'keyCase', expected: 'CN=client' });
    expect(nameProblem('CN=client, O=Contoso\\, Inc.', equals)).toMatchObject({
      kind: 'escape',
      expected: 'CN=client, O="Contoso, Inc."',
    });
    expect(nameProblem('CN="client"', equals)).toMatchObject({ kind: 'quotes', expected: 'CN=client' });
    expect(nameProblem('CN = client', equals)).toMatchObject({ kind: 'spacing', expected: 'CN=client' });
    expect(nameProblem('C=US, O=Contoso, CN=client', equals)).toMatchObject({
      kind: 'order',
      expected: 'CN=client, O=Contoso, C=US',
    });
  });

  it('does not hold a part to the order, nor keys to their case when case is ignored', () => {
    expect(nameProblem('C=US, O=Contoso', { ...equals, match: 'contains' })).toBeNull();
    expect(nameProblem('cn=client', { ...equals, caseSensitive: false })).toBeNull();
    expect(nameProblem('CN=CLIENT, O=CONTOSO', { ...equals, casing: 'upper' })).toBeNull();
    expect(nameProblem('CN=CLIENT,O=CONTOSO', { ...equals, casing: 'upper' })).toMatchObject({
      expected: 'CN=CLIENT, O=CONTOSO',
    });
  });
});
