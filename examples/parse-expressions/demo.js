// Parses a few policy expressions as they stand in real APIM policies and prints what the parser
// makes of them: the shape of a valid one, and every error of a broken one with its position.

import { parseExpression, walk } from '@apim-policy/expressions';
import { codeFrameColumns } from '@babel/code-frame';

const examples = [
  {
    title: 'The classic client-certificate condition',
    source:
      '@(context.Request.Certificate == null || !context.Request.Certificate.Verify() || ' +
      '!context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))',
  },
  {
    title: 'A code block with a named value in the code',
    source: `@{
    if (context.Request.Certificate == null) { return "ClientCertificateNotFound"; }
    if ({{validate-certificate-chain}} && !context.Request.Certificate.VerifyNoRevocation()) {
        return "ClientCertificateNotTrusted";
    }
    return $"ok: {context.Request.Certificate.SubjectName.Name}";
}`,
  },
  {
    title: 'A broken block: every error is reported, and the rest still parses',
    source: `@{
    var header = context.Request.Headers.GetValueOrDefault('X-ARR-ClientCert');
    var bytes = Convert.FromBase64String(header
    return new X509Certificate2(bytes).Thumbprint == ;
}`,
  },
];

/** Counts the nodes of each type in a tree. */
function census(ast) {
  const counts = new Map();
  walk(ast, { enter: (node) => void counts.set(node.type, (counts.get(node.type) ?? 0) + 1) });
  return [...counts].sort((a, b) => b[1] - a[1]);
}

for (const { title, source } of examples) {
  const { ast, diagnostics } = parseExpression(source);
  console.log(`\n=== ${title}\n\n${source}\n`);
  console.log(`form: ${ast.form}; ${census(ast).reduce((sum, [, n]) => sum + n, 0)} nodes`);
  console.log(
    `most frequent: ${census(ast)
      .slice(0, 4)
      .map(([type, n]) => `${type} ×${n}`)
      .join(', ')}`,
  );
  if (diagnostics.length === 0) {
    console.log('no diagnostics');
    continue;
  }
  for (const d of diagnostics) {
    console.log(`\n${d.severity} ${d.code} at ${d.loc.start.line}:${d.loc.start.column + 1}: ${d.message}`);
    const location = {
      start: { line: d.loc.start.line, column: d.loc.start.column + 1 },
      end: { line: d.loc.end.line, column: d.loc.end.column + 1 },
    };
    console.log(codeFrameColumns(source, location, { linesAbove: 1, linesBelow: 0 }));
  }
}
