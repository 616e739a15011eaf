import { describe, expect, it } from 'vitest';
import './library/index.js';
import { allDefinitions } from './registry.js';
import type { MemberSymbol } from './type-definition.js';
import type { Type } from './types.js';

/** The type of the value a member gives. */
function valueType(member: MemberSymbol): Type | null {
  switch (member.kind) {
    case 'method':
    case 'operator':
      return member.returnType;
    case 'property':
    case 'field':
    case 'indexer':
      return member.type;
    case 'constructor':
      return null;
  }
}

/** Whether a type is, or is built from, a certificate type (`X509Certificate2`, `X509Certificate2[]`, `IDictionary<string, X509Certificate2>`). */
function mentionsCertificate(type: Type): boolean {
  switch (type.kind) {
    case 'named':
      return /^X509Certificate/.test(type.definition.name) || type.arguments.some(mentionsCertificate);
    case 'array':
      return mentionsCertificate(type.element);
    default:
      return false;
  }
}

describe('where certificates come from', () => {
  // The lint package's certificate rules skip expressions that never write `Certificate`
  // (`holds-certificates.ts` of @apim-policy/lint): they rely on what this test keeps true.
  it('only members named Certificate…, or members of certificate types and generic types, give one', () => {
    const sources: string[] = [];
    const others: string[] = [];
    for (const definition of allDefinitions()) {
      const all = (definition as unknown as { allMembers(): readonly MemberSymbol[] }).allMembers();
      for (const member of all) {
        const type = valueType(member);
        if (type === null || !mentionsCertificate(type)) continue;
        const named = member.name.includes('Certificate');
        const ofCertificateOrGeneric =
          definition.name.includes('Certificate') || definition.typeParameters.length > 0;
        (named ? sources : others).push(`${definition.fullName} ${member.name}`);
        if (!named) expect(ofCertificateOrGeneric, `${definition.fullName}.${member.name}`).toBe(true);
      }
    }
    expect(sources.map((source) => source.replace(/^.*\./, ''))).toEqual([
      'IDeployment Certificates',
      'IRequest Certificate',
    ]);
  });
});
