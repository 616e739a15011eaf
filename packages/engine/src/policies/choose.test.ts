import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';

const url = 'https://contoso.azure-api.net/echo/resource';

/** A condition that throws a NullReferenceException when it is evaluated. */
const THROWS = '@(((string)null).Length &gt; 0)';

async function variables(policies: string, headers: Record<string, string> = {}) {
  const policy = compilePolicy(`<policies><inbound>${policies}</inbound></policies>`);
  expect(policy.diagnostics).toEqual([]);
  const outcome = await policy.run({ url, headers });
  return { variables: outcome.variables, lastError: outcome.lastError, trace: outcome.trace };
}

describe('choose', () => {
  it('runs the first when whose condition is true, and never evaluates later conditions', async () => {
    const { variables: stored, lastError } = await variables(`<choose>
      <when condition="@(false)"><set-variable name="first" value="x" /></when>
      <when condition="true"><set-variable name="second" value="x" /></when>
      <when condition="${THROWS}"><set-variable name="third" value="x" /></when>
      <otherwise><set-variable name="otherwise" value="x" /></otherwise>
    </choose>`);
    expect(stored).toEqual({ second: 'x' });
    expect(lastError).toBe(null);
  });

  it('two true conditions: only the first runs', async () => {
    const { variables: stored } = await variables(`<choose>
      <when condition="@(1 == 1)"><set-variable name="a" value="x" /></when>
      <when condition="@(2 == 2)"><set-variable name="b" value="x" /></when>
    </choose>`);
    expect(stored).toEqual({ a: 'x' });
  });

  it('runs otherwise when no condition is true', async () => {
    const { variables: stored } = await variables(`<choose>
      <when condition="@(context.Request.Headers.ContainsKey(&quot;X-A&quot;))"><set-variable name="a" value="x" /></when>
      <otherwise><set-variable name="otherwise" value="x" /></otherwise>
    </choose>`);
    expect(stored).toEqual({ otherwise: 'x' });
  });

  it('without otherwise and no true condition does nothing and goes on', async () => {
    const { variables: stored } = await variables(`<choose>
      <when condition="@(false)"><set-variable name="a" value="x" /></when>
    </choose><set-variable name="after" value="x" />`);
    expect(stored).toEqual({ after: 'x' });
  });

  it('nests: an inner choose runs inside the chosen branch', async () => {
    const policies = `<choose>
      <when condition="@(context.Request.Headers.ContainsKey(&quot;X-Outer&quot;))">
        <choose>
          <when condition="@(context.Request.Headers.GetValueOrDefault(&quot;X-Inner&quot;, &quot;&quot;) == &quot;1&quot;)"><set-variable name="path" value="outer/inner-1" /></when>
          <otherwise><set-variable name="path" value="outer/otherwise" /></otherwise>
        </choose>
      </when>
      <otherwise><set-variable name="path" value="otherwise" /></otherwise>
    </choose>`;
    expect((await variables(policies, { 'X-Outer': 'y', 'X-Inner': '1' })).variables).toEqual({
      path: 'outer/inner-1',
    });
    expect((await variables(policies, { 'X-Outer': 'y' })).variables).toEqual({ path: 'outer/otherwise' });
    expect((await variables(policies)).variables).toEqual({ path: 'otherwise' });
  });

  it('a failing condition sets LastError.Path to the when (choose[1]/when[2])', async () => {
    const { variables: stored, lastError } = await variables(`<choose>
      <when condition="@(false)"><set-variable name="a" value="x" /></when>
      <when condition="${THROWS}"><set-variable name="b" value="x" /></when>
    </choose><set-variable name="after" value="x" />`);
    expect(stored).toEqual({});
    expect(lastError).toEqual({
      source: 'choose',
      reason: 'ExpressionValueEvaluationFailure',
      message: 'Expression evaluation failed. Object reference not set to an instance of an object.',
      scope: 'api',
      section: 'inbound',
      path: 'choose[1]/when[2]',
      policyId: '',
    });
  });

  it('paths count choose elements among their siblings, and nest', async () => {
    const { lastError } = await variables(`<choose><when condition="@(false)" /></choose>
      <choose>
        <when condition="@(false)" />
        <when condition="@(true)">
          <choose><when condition="${THROWS}" /></choose>
        </when>
      </choose>`);
    expect(lastError).toMatchObject({ source: 'choose', path: 'choose[2]/when[2]/choose[1]/when[1]' });
  });

  it('a failure inside a branch names the failing policy under the branch', async () => {
    const { lastError } = await variables(`<choose>
      <when condition="@(true)"><set-variable name="x" value="${THROWS}" /></when>
    </choose>`);
    expect(lastError).toMatchObject({ source: 'set-variable', path: 'choose[1]/when[1]/set-variable[1]' });
  });

  it('a condition that is not a Boolean fails as an expression', async () => {
    const { lastError } = await variables('<choose><when condition="@(&quot;yes&quot;)" /></choose>');
    expect(lastError).toMatchObject({
      reason: 'ExpressionValueEvaluationFailure',
      path: 'choose[1]/when[1]',
      message:
        "Expression evaluation failed. Unable to cast object of type 'System.String' to type 'System.Boolean'.",
    });
  });

  it('records each evaluated condition in the trace, and only those', async () => {
    const { trace } = await variables(`<choose>
      <when condition="@(false)" />
      <when condition="@(true)" />
      <when condition="${THROWS}" />
    </choose>`);
    expect(trace.filter((entry) => entry.kind === 'condition').map((entry) => entry.detail)).toEqual([
      'choose[1]/when[1] condition is false',
      'choose[1]/when[2] condition is true',
    ]);
  });
});
