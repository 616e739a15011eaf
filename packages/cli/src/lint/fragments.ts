import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lintMessages } from './messages.js';
import { readText, statIfExists } from './read-text.js';
import { UsageError } from './usage-error.js';

const ID = /^[A-Za-z0-9._-]+$/;

/**
 * The fragment documents of a directory by id: `<dir>/<id>.xml`, or `<dir>/<id>/policy.xml` (the
 * layout API Management's export tools write; the engine's loader reads the same). When both
 * exist, `<id>.xml` wins, as in the engine.
 */
export async function loadFragments(
  directory: string,
  shown: string = directory,
): Promise<Record<string, string>> {
  const found = await statIfExists(directory, shown);
  if (found?.isDirectory() !== true) throw new UsageError(lintMessages.notADirectory(shown));
  const fragments: Record<string, string> = {};
  const entries = await readdir(directory, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.xml')) {
      const id = entry.name.slice(0, -'.xml'.length);
      if (ID.test(id)) fragments[id] = await readText(join(directory, entry.name), join(shown, entry.name));
    }
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || !ID.test(entry.name) || fragments[entry.name] !== undefined) continue;
    const policy = join(directory, entry.name, 'policy.xml');
    const shownPolicy = join(shown, entry.name, 'policy.xml');
    if ((await statIfExists(policy, shownPolicy))?.isFile() === true)
      fragments[entry.name] = await readText(policy, shownPolicy);
  }
  return fragments;
}
