import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../context/memory-io.test-support.js';

const raw = `<policies>
  <inbound>
    <!-- keep "this" & that -->
    <set-variable name="ok" value="@(context.Request.Headers.GetValueOrDefault("a","") == "b" && 1 < 2)" />
    <set-body>@("<p>" + "&")</set-body>
  </inbound>
</policies>
`;
const xml = `<policies>
  <inbound>
    <!-- keep "this" & that -->
    <set-variable name="ok" value="@(context.Request.Headers.GetValueOrDefault(&quot;a&quot;,&quot;&quot;) == &quot;b&quot; &amp;&amp; 1 &lt; 2)" />
    <set-body>@("&lt;p>" + "&amp;")</set-body>
  </inbound>
</policies>
`;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-format-'));
  writeFileSync(join(dir, 'raw.xml'), raw);
  writeFileSync(join(dir, 'xml.xml'), xml);
});

describe('apim-policy format', () => {
  it('converts in both directions', async () => {
    expect(await runCli(['format', 'raw.xml', '--to', 'xml'], dir)).toMatchObject({ code: 0, stdout: xml });
    expect(await runCli(['format', 'xml.xml', '--to', 'rawxml'], dir)).toMatchObject({
      code: 0,
      stdout: raw,
    });
    expect((await runCli(['format', 'raw.xml', '--to', 'xml', '--out', 'out.xml'], dir)).stdout).toBe('');
    expect(readFileSync(join(dir, 'out.xml'), 'utf8')).toBe(xml);
  });

  it('checks the encoding with --check', async () => {
    expect((await runCli(['format', 'xml.xml', '--to', 'xml', '--check'], dir)).code).toBe(0);
    const ran = await runCli(['format', 'raw.xml', '--to', 'xml', '--check'], dir);
    expect(ran).toMatchObject({ code: 1, stdout: '', stderr: 'raw.xml: 2 expression(s) not in xml form\n' });
  });

  it('rejects an unknown encoding and a missing file with exit 2', async () => {
    expect((await runCli(['format', 'raw.xml', '--to', 'json'], dir)).code).toBe(2);
    expect((await runCli(['format', 'none.xml', '--to', 'xml'], dir)).code).toBe(2);
  });
});
