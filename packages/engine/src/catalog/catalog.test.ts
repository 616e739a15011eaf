import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPolicySpec, isExecutable, policyNames } from './catalog.js';
import { policySpecs } from './policies/index.js';
import type { ChildSpec, ElementSpec } from './types.js';

/** The Execution list: the policies the engine executes. */
const executable = [
  'authentication-certificate',
  'cache-lookup-value',
  'cache-remove-value',
  'cache-store-value',
  'check-header',
  'choose',
  'forward-request',
  'include-fragment',
  'ip-filter',
  'mock-response',
  'quota',
  'quota-by-key',
  'rate-limit',
  'rate-limit-by-key',
  'return-response',
  'rewrite-uri',
  'send-request',
  'set-backend-service',
  'set-body',
  'set-header',
  'set-method',
  'set-query-parameter',
  'set-status',
  'set-variable',
  'trace',
  'validate-client-certificate',
];

function* elements(spec: ElementSpec): Generator<ElementSpec> {
  yield spec;
  if (spec.children?.kind !== 'elements') return;
  for (const child of spec.children.elements as readonly ChildSpec[])
    if (!('policy' in child)) yield* elements(child);
}

describe('the policy catalog', () => {
  it('has one entry per name', () => {
    expect(new Set(policySpecs.map((spec) => spec.name)).size).toBe(policySpecs.length);
    expect(policyNames()).toHaveLength(policySpecs.length);
  });

  const schemas = join(
    import.meta.dirname,
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'reference',
    'policy-schemas',
  );
  it.skipIf(!existsSync(schemas))('covers every policy schema', () => {
    const names = readdirSync(schemas)
      .filter((file) => file.endsWith('.xsd') && file !== 'common-types.xsd' && file !== 'policies.xsd')
      .map((file) => file.slice(0, -4));
    expect(names.filter((name) => getPolicySpec(name) === undefined)).toEqual([]);
  });

  it('marks exactly the executable policies', () => {
    expect(
      policySpecs
        .filter((spec) => spec.executable)
        .map((spec) => spec.name)
        .sort(),
    ).toEqual(executable);
    expect(isExecutable('validate-jwt')).toBe(false);
    expect(isExecutable('no-such-policy')).toBe(false);
  });

  it('gives every policy a section and a scope', () => {
    for (const spec of policySpecs) {
      expect(spec.sections.length, spec.name).toBeGreaterThan(0);
      expect(spec.scopes.length, spec.name).toBeGreaterThan(0);
    }
  });

  it('has unique attribute and child names, non-empty enums and no required attribute with a default', () => {
    for (const spec of policySpecs)
      for (const element of elements(spec)) {
        const names = element.attributes.map((attribute) => attribute.name);
        expect(new Set(names).size, `${spec.name}/${element.name}`).toBe(names.length);
        for (const attribute of element.attributes) {
          if (attribute.type.kind === 'enum') expect(attribute.type.values.length).toBeGreaterThan(0);
          expect(attribute.required === true && attribute.default !== undefined, attribute.name).toBe(false);
        }
        if (element.children?.kind === 'elements') {
          const children = element.children.elements.map((child) => child.name);
          expect(new Set(children).size, `${spec.name}/${element.name}`).toBe(children.length);
        }
      }
  });

  it('follows the documentation on attributes that refuse expressions', () => {
    const refuses = (policy: string, attribute: string): boolean =>
      getPolicySpec(policy)?.attributes.find((candidate) => candidate.name === attribute)?.expressions ===
      false;
    expect(refuses('set-variable', 'name')).toBe(true);
    expect(refuses('include-fragment', 'fragment-id')).toBe(true);
    expect(refuses('mock-response', 'status-code')).toBe(true);
    expect(refuses('rate-limit', 'calls')).toBe(true);
    expect(refuses('validate-client-certificate', 'validate-trust')).toBe(true);
    expect(refuses('set-header', 'name')).toBe(false);
  });
});
