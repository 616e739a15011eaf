import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.js';

const policy = (inbound: string) =>
  `<policies>\n  <inbound>\n    <base />\n${inbound}\n  </inbound>\n  <outbound><base /></outbound>\n</policies>`;
const unknownAttribute = '    <set-variable name="a" value="1" colour="red" />';
const neverSet =
  '    <set-header name="x" exists-action="override"><value>@((string)context.Variables["b"])</value></set-header>';

function rules(text: string) {
  return lintPolicy(text).diagnostics.map((diagnostic) => [
    diagnostic.rule,
    diagnostic.severity,
    diagnostic.loc.start.line,
  ]);
}

describe('apim-policy-disable-next-line comments', () => {
  it('without ids, suppress every finding on the next line', () => {
    const text = policy(`    <!-- apim-policy-disable-next-line -->\n${unknownAttribute}\n${neverSet}`);
    expect(rules(text)).toEqual([['variable-never-set', 'warning', 6]]);
  });

  it('with ids, suppress those rules and engine codes only', () => {
    const both = `    <set-variable name="a" value="@((string)context.Variables[&quot;b&quot;])" colour="red" />`;
    expect(rules(policy(`    <!-- apim-policy-disable-next-line variable-never-set -->\n${both}`))).toEqual([
      ['unknown-attribute', 'error', 5],
    ]);
    expect(
      rules(
        policy(`    <!-- apim-policy-disable-next-line variable-never-set, unknown-attribute -->\n${both}`),
      ),
    ).toEqual([]);
    expect(
      rules(policy(`    <!--apim-policy-disable-next-line unknown-attribute variable-never-set-->\n${both}`)),
    ).toEqual([]);
  });

  it('apply to the line after the comment’s last line', () => {
    const text = policy(
      `    <!-- apim-policy-disable-next-line\n         unknown-attribute -->\n${unknownAttribute}`,
    );
    expect(rules(text)).toEqual([]);
  });

  it('do not reach further than the next line', () => {
    const text = policy(
      `    <!-- apim-policy-disable-next-line unknown-attribute -->\n\n${unknownAttribute}`,
    );
    expect(rules(text)).toEqual([
      ['unused-disable-comment', 'info', 4],
      ['unknown-attribute', 'error', 6],
    ]);
  });

  it('report an id that is neither a rule nor a code, at the id', () => {
    const text = policy(`    <!-- apim-policy-disable-next-line unknown-atribute -->\n${unknownAttribute}`);
    const result = lintPolicy(text);
    const comment = result.diagnostics.find((diagnostic) => diagnostic.rule === 'unknown-rule-in-comment');
    expect(comment?.message).toBe(
      "'unknown-atribute' is neither a lint rule nor a diagnostic code; did you mean 'unknown-attribute'?",
    );
    expect(text.slice(comment!.range[0], comment!.range[1])).toBe('unknown-atribute');
    expect(result.errorCount).toBe(1);
  });

  it('report a comment that suppresses nothing, as an info', () => {
    const text = policy(`    <!-- apim-policy-disable-next-line missing-base -->\n${unknownAttribute}`);
    const unused = lintPolicy(text).diagnostics.find(
      (diagnostic) => diagnostic.rule === 'unused-disable-comment',
    );
    expect(unused?.message).toBe(
      "The disable comment suppresses nothing for 'missing-base' on the next line: remove it, or move it above the finding",
    );
    expect(unused?.severity).toBe('info');
  });

  it('leave other comments alone', () => {
    const text = policy(
      `    <!-- apim-policy-disable-next-lines -->\n    <!-- a note -->\n${unknownAttribute}`,
    );
    expect(rules(text)).toEqual([['unknown-attribute', 'error', 6]]);
  });

  it('let settings turn the comment findings off', () => {
    const text = policy(`    <!-- apim-policy-disable-next-line -->\n    <base />`);
    expect(
      lintPolicy(text, { rules: { 'unused-disable-comment': 'off', 'duplicate-base': 'off' } }).diagnostics,
    ).toEqual([]);
  });
});
