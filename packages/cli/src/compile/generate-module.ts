import { type NamedValues, readPolicyDocument } from '@apim-policy/engine';
import { compileExpressionSet } from '@apim-policy/expressions';
import type { PolicyFiles } from '../run/load.js';

/** Where a generated module imports the engine from, and its expression runtime. */
export interface ModuleImports {
  /** Default `@apim-policy/engine`; the runtime is `<engine>/expression-runtime`. */
  readonly engine?: string;
}

/** The expression texts of a document, as the engine reads them (references decoded, named values substituted). */
function expressionTexts(text: string, namedValues: NamedValues | undefined): string[] {
  const { document } = readPolicyDocument(text, {
    ...(namedValues === undefined ? {} : { namedValues }),
    mode: 'run',
  });
  return document.expressions.map((site) => site.expression.text);
}

/**
 * The source of a standalone ES module for a loaded policy: its documents as text, every
 * expression compiled ahead of time (one function per distinct text), and `compilePolicy` called
 * at load with them as `precompiled`, so the module never generates code (`eval`, `new Function`).
 * Exports `policy` (a `CompiledPolicy`) and `run(request, options)`. Named values are embedded.
 */
export function generatePolicyModule(
  files: PolicyFiles,
  fragments: Readonly<Record<string, string>>,
  namedValues: NamedValues | undefined,
  imports: ModuleImports = {},
): string {
  const engine = imports.engine ?? '@apim-policy/engine';
  const texts = [files.main, ...files.parents].flatMap((document) =>
    expressionTexts(document.text, namedValues),
  );
  for (const text of Object.values(fragments)) texts.push(...expressionTexts(text, namedValues));
  const set = compileExpressionSet(texts, { runtime: `${engine}/expression-runtime` });
  const values = namedValues instanceof Map ? Object.fromEntries(namedValues) : namedValues;
  const options = {
    file: files.main.file,
    scope: files.main.scope,
    parents: files.parents.map((parent) => ({
      scope: parent.scope,
      source: { text: parent.text, file: parent.file },
    })),
    fragments,
    ...(values === undefined ? {} : { namedValues: values }),
    compiler: 'closures',
  };
  return `${set.code}
import { compilePolicy } from ${JSON.stringify(engine)};

const text = ${JSON.stringify(files.main.text)};
const options = JSON.parse(${JSON.stringify(JSON.stringify(options))});

/** The policy, loaded with its expressions compiled ahead of time. */
export const policy = compilePolicy(text, { ...options, precompiled: new Map(expressions) });

/** Runs the policy on a request (see the engine's \`policy.run\`). */
export function run(request, runOptions) {
  return policy.run(request, runOptions);
}
`;
}
