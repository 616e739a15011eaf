import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A policy document as callers give it: XML text, a path to a file, or either spelled out.
 * A string is read as text when it starts with `<` (after white space and a byte-order mark),
 * otherwise as a path.
 */
export type PolicySource =
  | string
  | { readonly text: string; readonly file?: string }
  | { readonly path: string };

/** Fragment documents: text by fragment id, or a directory holding `<id>.xml` or `<id>/policy.xml`. */
export type FragmentSource = Readonly<Record<string, string>> | string;

export interface SourceText {
  readonly text: string;
  readonly file: string | undefined;
}

function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** The text of a policy source (reading the file for a path). */
export async function readSource(source: PolicySource, file?: string): Promise<SourceText> {
  if (typeof source === 'string') {
    if (looksLikeXml(source)) return { text: source, file };
    return { text: await readFile(source, 'utf8'), file: file ?? source };
  }
  if ('path' in source) return { text: await readFile(source.path, 'utf8'), file: file ?? source.path };
  return { text: source.text, file: source.file ?? file };
}

/** The text of a source given as text (for synchronous compilation); throws for a path. */
export function sourceTextSync(source: PolicySource, file?: string): SourceText {
  if (typeof source === 'string' && looksLikeXml(source)) return { text: source, file };
  if (typeof source === 'object' && 'text' in source) return { text: source.text, file: source.file ?? file };
  throw new TypeError('compilePolicy takes policy text; use loadPolicy to read files');
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Reads the fragments of a directory that `ids` name: `<dir>/<id>.xml`, or `<dir>/<id>/policy.xml`
 * (the layout API Management's export tools write). Ids with no file are left out; the engine
 * reports them where they are included.
 */
export async function readFragmentDirectory(
  directory: string,
  ids: readonly string[],
): Promise<Record<string, SourceText>> {
  const found: Record<string, SourceText> = {};
  for (const id of ids) {
    if (!/^[A-Za-z0-9._-]+$/.test(id)) continue;
    for (const candidate of [join(directory, `${id}.xml`), join(directory, id, 'policy.xml')]) {
      if (await exists(candidate)) {
        found[id] = { text: await readFile(candidate, 'utf8'), file: candidate };
        break;
      }
    }
  }
  return found;
}
