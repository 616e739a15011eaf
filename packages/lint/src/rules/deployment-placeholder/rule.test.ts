// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the Terraform placeholder these tests are about
import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../../run-rule.js';
import { rule } from './rule.js';

const withValue = (expression: string) =>
  `<policies>\n  <inbound>\n    <set-header name="x" exists-action="override"><value>${expression}</value></set-header>\n  </inbound>\n</policies>`;

describe('deployment-placeholder', () => {
  it.each([
    ['@("${backend_url}")', '${backend_url}'],
    ['@("#{BackendUrl}#" + "/a")', '#{BackendUrl}#'],
    ['@(__BACKEND_URL__ + "/a")', '__BACKEND_URL__'],
  ])('reports the placeholder of %s at its place', (expression, token) => {
    const text = withValue(expression);
    const [diagnostic, ...rest] = runRuleOnText(rule, text);
    expect(rest).toEqual([]);
    expect(diagnostic?.data?.token).toBe(token);
    expect(diagnostic?.severity).toBe('info');
    expect(text.slice(diagnostic!.range[0], diagnostic!.range[1])).toBe(token);
    expect(diagnostic?.loc.start.line).toBe(3);
  });

  it('says how to check around placeholders, unless that is already on', () => {
    const text = withValue('@("#{Env}#")');
    expect(runRuleOnText(rule, text)[0]?.message).toContain('--template-placeholders');
    expect(runRuleOnText(rule, text, { templatePlaceholders: true })[0]?.message).toBe(
      "The deployment placeholder '#{Env}#' stands inside a policy expression: the expression is checked as written, not as deployed",
    );
  });

  it('does not take a $ before an interpolated string hole for Terraform', () => {
    expect(runRuleOnText(rule, withValue('@($"{1}${2}")'))).toEqual([]);
  });

  it('does not report a marker the document’s expressions replace themselves', () => {
    const text = `<policies>
  <inbound>
    <set-variable name="page" value="@(&quot;<p>__NAME__</p>&quot;)" />
    <set-body>@(((string)context.Variables[&quot;page&quot;]).Replace(&quot;__NAME__&quot;, &quot;a&quot;))</set-body>
  </inbound>
</policies>`;
    expect(runRuleOnText(rule, text)).toEqual([]);
  });

  it('still reports ${name} inside a plain string literal', () => {
    expect(runRuleOnText(rule, withValue('@("${name}")'))).toHaveLength(1);
  });

  it('reports placeholders in expressions only, not in literal values or named values', () => {
    const text = `<policies>
  <inbound>
    <set-header name="x" exists-action="override"><value>#{Env}#</value></set-header>
    <set-header name="y" exists-action="override"><value>@("{{named}}" + "__lower__")</value></set-header>
  </inbound>
</policies>`;
    expect(runRuleOnText(rule, text)).toEqual([]);
  });
});
