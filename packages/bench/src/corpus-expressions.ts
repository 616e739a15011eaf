import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractExpressions, findPlaceholder, locateCorpus } from '@apim-policy/corpus';

/** A few expressions from the corpus, for machines without `../shared`. */
const fallback = [
  '@(context.Request.Certificate == null || !context.Request.Certificate.Verify() || !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))',
  '@(context.Request.Headers.GetValueOrDefault("x-api-version", "") == "2024-01-01")',
  '@((string)context.Variables["backend"])',
  '@{ var body = context.Request.Body.As<JObject>(preserveContent: true); body["model"] = "gpt-4o"; return body.ToString(); }',
];

export interface ExpressionSet {
  source: string;
  expressions: string[];
}

/** The corpus's expressions (placeholders aside), or a small built-in set without the corpus. */
export function corpusExpressions(): ExpressionSet {
  const directory = locateCorpus();
  if (directory === null) return { source: 'built-in sample (corpus not found)', expressions: fallback };
  const expressions: string[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.xml'))
    .sort()) {
    for (const found of extractExpressions(readFileSync(join(directory, file), 'utf8'))) {
      if (!found.inComment && findPlaceholder(found.text) === null) expressions.push(found.text);
    }
  }
  return { source: `shared corpus (${directory})`, expressions };
}
