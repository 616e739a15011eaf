import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePolicy, loadPolicy } from '../index.js';

const fixtures = join(import.meta.dirname, '__fixtures__', 'scopes');
const url = 'https://contoso.azure-api.net/echo/resource';
const backend = () => ({ status: 200, body: 'from the backend' });

async function loadScopes() {
  return loadPolicy(join(fixtures, 'api.xml'), {
    scope: 'api',
    parents: [
      { scope: 'global', source: join(fixtures, 'global.xml') },
      { scope: 'product', source: join(fixtures, 'product.xml') },
    ],
    fragments: join(fixtures, 'fragments'),
    services: { backend },
  });
}

describe('composition across scopes', () => {
  it('inlines the parent section at <base/>, narrowest document first', async () => {
    const policy = await loadScopes();
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url }, { requestId: '00000000-0000-0000-0000-00000000000a' });
    expect(outcome.variables.order).toBe('global,product,api');
    expect(outcome.kind).toBe('respond');
    if (outcome.kind !== 'respond') return;
    // Outbound: product's own policy, then its <base/> (global).
    expect(outcome.response.headers['X-Order']).toEqual(['product', 'global']);
    expect(outcome.forwarded?.headers['X-Correlation-Id']).toEqual(['00000000-0000-0000-0000-00000000000a']);
    const scopes = outcome.trace.filter((entry) => entry.kind === 'policy').map((entry) => entry.scope);
    expect(scopes).toEqual(['api', 'global', 'product', 'api', 'api', 'product', 'global']);
  });

  it('skips the parent when a section has no <base/>', () => {
    const policy = compilePolicy(
      '<policies><inbound><set-variable name="x" value="api" /></inbound><backend><base /></backend><outbound /></policies>',
      {
        parents: [
          {
            scope: 'global',
            source:
              '<policies><inbound><set-variable name="x" value="global" /><set-variable name="global-ran" value="yes" /></inbound><backend><forward-request /></backend></policies>',
          },
        ],
      },
    );
    return policy.run({ url }).then((outcome) => {
      expect(outcome.variables).toEqual({ x: 'api' });
    });
  });

  it('treats a missing section as <base/> by default, or as empty when asked', async () => {
    const parents = [
      {
        scope: 'global' as const,
        source:
          '<policies><inbound><set-variable name="global" value="ran" /></inbound><backend><forward-request /></backend></policies>',
      },
    ];
    const text = '<policies><inbound><base /></inbound></policies>';
    const inherit = await compilePolicy(text, { parents }).run({ url });
    expect(inherit.kind).toBe('forward');
    const empty = await compilePolicy(text, { parents, missingSection: 'empty' }).run({ url });
    // No backend section at the API scope and no inheritance: nothing forwards, outbound follows.
    expect(empty.kind).toBe('respond');
    expect(empty.variables).toEqual({ global: 'ran' });
  });

  it("stands in API Management's default global policy when no global document is given", async () => {
    const outcome = await compilePolicy(
      '<policies><inbound><base /></inbound><backend><base /></backend></policies>',
    ).run({ url });
    expect(outcome.kind).toBe('forward');
    const none = await compilePolicy(
      '<policies><inbound><base /></inbound><backend><base /></backend></policies>',
      {
        defaultGlobal: false,
      },
    ).run({ url });
    expect(none.kind).toBe('respond');
  });

  it('reports scopes out of order and twice', () => {
    const policy = compilePolicy('<policies><inbound><base /></inbound></policies>', {
      scope: 'product',
      parents: [
        { scope: 'api', source: '<policies><inbound><base /></inbound></policies>' },
        { scope: 'api', source: '<policies><inbound><base /></inbound></policies>' },
      ],
    });
    expect(policy.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'duplicate-scope',
      'scope-order',
    ]);
    expect(policy.ok).toBe(false);
  });
});

describe('include-fragment', () => {
  it('inlines a fragment from a map, with its own positions in the trace', async () => {
    const policy = compilePolicy(
      '<policies><inbound><include-fragment fragment-id="tag" /><choose><when condition="@(true)"><include-fragment fragment-id="tag" /></when></choose></inbound></policies>',
      {
        fragments: {
          tag: '<fragment>\n  <set-header name="X-Tag" exists-action="append"><value>t</value></set-header>\n</fragment>',
        },
      },
    );
    expect(policy.diagnostics).toEqual([]);
    const outcome = await policy.run({ url });
    if (outcome.kind !== 'forward') throw new Error('expected forward');
    expect(outcome.request.headers['X-Tag']).toEqual(['t', 't']);
    const fragmentSteps = outcome.trace.filter((entry) => entry.policy === 'set-header');
    expect(fragmentSteps.map((entry) => [entry.path, entry.at?.file, entry.at?.line])).toEqual([
      ['include-fragment[1]/set-header[1]', 'fragment:tag', 2],
      ['choose[1]/when[1]/include-fragment[1]/set-header[1]', 'fragment:tag', 2],
    ]);
  });

  it('reports an unknown fragment id at the include-fragment element', async () => {
    const policy = compilePolicy(
      '<policies>\n<inbound>\n  <include-fragment fragment-id="nope" />\n</inbound></policies>',
    );
    expect(policy.diagnostics).toMatchObject([
      {
        code: 'unknown-fragment',
        message: "No policy fragment has the id 'nope'",
        loc: { start: { line: 3, column: 2 } },
      },
    ]);
    await expect(policy.run({ url })).rejects.toThrow(/No policy fragment has the id 'nope'/);
  });

  it('reports a fragment that includes a fragment, sections or <base/> in a fragment', () => {
    const policy = compilePolicy(
      '<policies><inbound><include-fragment fragment-id="outer" /></inbound></policies>',
      {
        fragments: {
          outer: '<fragment><include-fragment fragment-id="inner" /><base /></fragment>',
          inner: '<fragment><set-variable name="a" value="b" /></fragment>',
          notOne: '<policies />',
        },
      },
    );
    const codes = policy.diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain('fragment-includes-fragment');
    expect(codes).toContain('base-in-fragment');
  });

  it('reports a fragment whose root is not <fragment>', () => {
    const policy = compilePolicy(
      '<policies><inbound><include-fragment fragment-id="x" /></inbound></policies>',
      {
        fragments: { x: '<policies><inbound /></policies>' },
      },
    );
    expect(policy.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['fragment-not-a-fragment']);
  });
});

describe('printing the effective policy', () => {
  it('shows every section with <base/> and fragments expanded, and where each policy comes from', async () => {
    const policy = await loadScopes();
    const printed = policy.printEffective().replaceAll(fixtures, '<fixtures>');
    expect(printed).toMatchSnapshot();
  });
});
