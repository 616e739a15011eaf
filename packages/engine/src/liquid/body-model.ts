import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type BodyModelResult = { readonly value: unknown } | { readonly error: string };

export type BodyKind = 'json' | 'xml' | 'text';

/** How API Management reads a body for Liquid, by its media type (parameters and case aside). */
export function bodyKind(contentType: string | null): BodyKind {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json' || mediaType === 'text/json' || mediaType.endsWith('+json'))
    return 'json';
  if (mediaType === 'application/xml' || mediaType === 'text/xml' || mediaType.endsWith('+xml')) return 'xml';
  return 'text';
}

/** Tag and attribute names get this prefix while parsing, so no XML name is special to JavaScript. */
const NAME_MARK = '$';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  cdataPropName: false,
  transformTagName: (name) => NAME_MARK + name,
  transformAttributeName: (name) => NAME_MARK + name,
});

type OrderedNode = Record<string, unknown>;

function realName(name: string): string {
  return name.replace(/^\$+/, '');
}

/** Sets an own property, even one named `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * An element's value: its text when it has only text (an empty string when it has nothing), or
 * an object of `@attribute` values, child element values by name and `#text` for mixed text.
 */
function elementValue(
  children: readonly OrderedNode[],
  attributes: Record<string, unknown> | undefined,
): unknown {
  const texts: string[] = [];
  const elements: [string, unknown][] = [];
  for (const child of children) {
    if (Object.hasOwn(child, '#text')) {
      texts.push(String(child['#text']));
      continue;
    }
    const name = Object.keys(child).find((key) => key !== ':@');
    if (name === undefined) continue;
    const grandchildren = child[name] as OrderedNode[];
    elements.push([
      realName(name),
      elementValue(grandchildren, child[':@'] as Record<string, unknown> | undefined),
    ]);
  }
  const attributeNames = attributes === undefined ? [] : Object.keys(attributes);
  if (elements.length === 0 && attributeNames.length === 0) return texts.join('');
  const value: Record<string, unknown> = {};
  for (const name of attributeNames) setOwn(value, `@${realName(name)}`, String(attributes![name]));
  const byName = new Map<string, unknown[]>();
  for (const [name, child] of elements) {
    const group = byName.get(name);
    if (group === undefined) byName.set(name, [child]);
    else group.push(child);
  }
  for (const [name, group] of byName) setOwn(value, name, group.length === 1 ? group[0] : group);
  if (texts.length > 0) setOwn(value, '#text', texts.join(''));
  return value;
}

function xmlModel(text: string): BodyModelResult {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { error: `The body is not well-formed XML: ${msg} (line ${line}, column ${col}).` };
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (error) {
    return {
      error: `The body could not be read as XML: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { value: elementValue(nodes, undefined) };
}

function jsonModel(text: string): BodyModelResult {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The `body` a Liquid template sees, from the message body and its `Content-Type`: parsed JSON
 * for `application/json`, `text/json` and `*+json`; an object for `application/xml`, `text/xml`
 * and `*+xml` (the root element by name, each element's text or children by name, repeated
 * elements as arrays, attributes as `@name`, mixed text as `#text`); the text itself otherwise.
 * An empty JSON or XML body is nil. A body that does not parse gives an error, not a value.
 */
export function bodyModel(text: string, contentType: string | null): BodyModelResult {
  const kind = bodyKind(contentType);
  if (kind === 'text') return { value: text };
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { value: null };
  return kind === 'json' ? jsonModel(content) : xmlModel(content);
}
