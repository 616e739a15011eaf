import { SCOPES, type Scope } from '@apim-policy/engine';

/** An example of a rule's page (`docs/rules/<id>.md`): its label (`Bad`, `Good`), its XML, and the scope declared before it. */
export interface RuleExample {
  readonly label: string;
  readonly xml: string;
  readonly scope: Scope | undefined;
}

/**
 * The labelled examples of a page: a `**Bad**` or `**Good**` line followed by an `xml` block. A
 * `<!-- scope: api -->` comment applies to the examples after it.
 */
export function ruleExamples(page: string): RuleExample[] {
  const examples: RuleExample[] = [];
  let scope: Scope | undefined;
  let label: string | null = null;
  const lines = page.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const declared = /^<!-- scope: (\w+) -->$/.exec(line.trim());
    if (declared !== null) {
      if (!SCOPES.includes(declared[1] as Scope)) throw new Error(`Unknown scope in ${line}`);
      scope = declared[1] as Scope;
    }
    const labelled = /^\*\*(Bad|Good)\*\*/.exec(line);
    if (labelled !== null) label = labelled[1]!;
    if (line.trim() === '```xml' && label !== null) {
      const end = lines.indexOf('```', index + 1);
      if (end < 0) throw new Error(`The xml example on line ${index + 1} has no closing fence`);
      examples.push({ label, xml: lines.slice(index + 1, end).join('\n'), scope });
      label = null;
      index = end;
    }
  }
  return examples;
}
