import { LiquidRenderError } from '../errors.js';
import { isNil, isObject, textOrNil } from '../values.js';
import { type FilterDefinition, integerArg, optionalArg, textArg } from './definition.js';

/** Null, empty or only white space: the inputs most of DotLiquid's string filters pass through. */
function isNullOrWhiteSpace(text: string | null): boolean {
  return text === null || text.trim() === '';
}

/** A filter of a text input and text arguments; nil input gives nil. */
function textFilter(
  name: string,
  aliases: readonly string[],
  arity: readonly [number, number],
  apply: (input: string, args: readonly unknown[]) => unknown,
): FilterDefinition {
  return {
    name,
    aliases,
    minArgs: arity[0],
    maxArgs: arity[1],
    apply: (input, args) => {
      const text = textOrNil(input);
      return text === null ? null : apply(text, args);
    },
  };
}

function replaceFirst(input: string, search: string, replacement: string): string {
  if (input === '' || search === '') return input;
  const at = input.indexOf(search);
  return at < 0 ? input : input.slice(0, at) + replacement + input.slice(at + search.length);
}

function htmlEncode(input: string): string {
  let out = '';
  for (const char of input) {
    const code = char.codePointAt(0)!;
    if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '&') out += '&amp;';
    else if (char === '"') out += '&quot;';
    else if (char === "'") out += '&#39;';
    else if ((code >= 160 && code <= 255) || code > 0xffff) out += `&#${code};`;
    else out += char;
  }
  return out;
}

/** URL-safe characters of .NET's `WebUtility.UrlEncode`. */
const URL_SAFE = /[A-Za-z0-9\-_.!*()]/;

function urlEncode(input: string): string {
  let out = '';
  for (const char of input) {
    if (char === ' ') out += '+';
    else if (URL_SAFE.test(char)) out += char;
    else
      for (const byte of new TextEncoder().encode(char))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `WebUtility.UrlDecode`: `+` is a space, `%XX` bytes are UTF-8, malformed escapes stay. */
function urlDecode(input: string): string {
  const decoder = new TextDecoder('utf-8');
  let out = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) out += decoder.decode(Uint8Array.from(bytes));
    bytes = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    const hex = c === '%' ? input.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
      continue;
    }
    flush();
    out += c === '+' ? ' ' : c;
  }
  flush();
  return out;
}

function sliceText(input: string, from: number, length: number): string | null {
  let start = from;
  let count = length;
  if (start > input.length) return null;
  if (start < 0) {
    start += input.length;
    if (start < 0) {
      count = Math.max(0, count + start);
      start = 0;
    }
  }
  if (count < 0) throw new LiquidRenderError('Slice expects a length of zero or more.');
  return input.slice(start, start + Math.min(count, input.length - start));
}

const STRIP_HTML_BLOCKS = /<script.*?<\/script>|<!--.*?-->|<style.*?<\/style>/gis;
const STRIP_HTML_TAGS = /<.*?>/gs;

export const textFilters: readonly FilterDefinition[] = [
  textFilter('Append', ['append'], [1, 1], (input, [suffix]) => input + textArg(suffix)),
  textFilter('Prepend', ['prepend'], [1, 1], (input, [prefix]) => textArg(prefix) + input),
  textFilter('Capitalize', ['capitalize'], [0, 0], (input) => {
    if (isNullOrWhiteSpace(input)) return input;
    const trimmed = input.trimStart();
    const lead = input.slice(0, input.length - trimmed.length);
    return lead + trimmed.charAt(0).toUpperCase() + trimmed.slice(1).toLowerCase();
  }),
  textFilter('Downcase', ['downcase'], [0, 0], (input) => input.toLowerCase()),
  textFilter('Upcase', ['upcase'], [0, 0], (input) => input.toUpperCase()),
  textFilter('Escape', ['escape'], [0, 0], htmlEncode),
  textFilter('H', ['h'], [0, 0], htmlEncode),
  textFilter('Strip', ['strip'], [0, 0], (input) => input.trim()),
  textFilter('Lstrip', ['lstrip'], [0, 0], (input) => input.trimStart()),
  textFilter('Rstrip', ['rstrip'], [0, 0], (input) => input.trimEnd()),
  // DotLiquid leaves text of only white space (line breaks included) as it is.
  textFilter('NewlineToBr', ['newline_to_br'], [0, 0], (input) =>
    isNullOrWhiteSpace(input) ? input : input.replace(/(\r?\n)/g, '<br />$1'),
  ),
  textFilter('StripNewlines', ['strip_newlines'], [0, 0], (input) =>
    isNullOrWhiteSpace(input) ? input : input.replace(/\r?\n/g, ''),
  ),
  textFilter('StripHtml', ['strip_html'], [0, 0], (input) =>
    input.replace(STRIP_HTML_BLOCKS, '').replace(STRIP_HTML_TAGS, ''),
  ),
  textFilter('Remove', ['remove'], [1, 1], (input, [search]) => {
    const text = textArg(search);
    return isNullOrWhiteSpace(input) || text === '' ? input : input.split(text).join('');
  }),
  textFilter('RemoveFirst', ['remove_first'], [1, 1], (input, [search]) =>
    isNullOrWhiteSpace(input) ? input : replaceFirst(input, textArg(search), ''),
  ),
  textFilter('Replace', ['replace'], [1, 2], (input, [search, replacement]) => {
    const text = textArg(search);
    return input === '' || text === '' ? input : input.split(text).join(textArg(replacement));
  }),
  textFilter('ReplaceFirst', ['replace_first'], [1, 2], (input, [search, replacement]) =>
    replaceFirst(input, textArg(search), textArg(replacement)),
  ),
  textFilter('Truncate', ['truncate'], [0, 2], (input, args) => {
    const length = optionalArg(args, 0, (v) => integerArg('Truncate', v), 50);
    const ellipsis = optionalArg(args, 1, textArg, '...');
    if (input === '') return input;
    if (length < 0) return ellipsis;
    if (input.length <= length) return input;
    return input.slice(0, Math.max(0, length - ellipsis.length)) + ellipsis;
  }),
  textFilter('TruncateWords', ['truncatewords', 'truncate_words'], [0, 2], (input, args) => {
    const count = optionalArg(args, 0, (v) => integerArg('TruncateWords', v), 15);
    const ellipsis = optionalArg(args, 1, textArg, '...');
    if (input === '') return input;
    if (count <= 0) return ellipsis;
    const words = input.split(' ');
    return words.length > count ? words.slice(0, count).join(' ') + ellipsis : input;
  }),
  textFilter('UrlEncode', ['url_encode'], [0, 0], urlEncode),
  textFilter('UrlDecode', ['url_decode'], [0, 0], urlDecode),
  {
    name: 'Split',
    aliases: ['split'],
    minArgs: 1,
    maxArgs: 1,
    apply: (input, [separator]) => {
      const text = textOrNil(input);
      if (text === null || isNullOrWhiteSpace(text)) return [text];
      const pattern = textArg(separator);
      if (pattern === '') return text.split('');
      return text.split(pattern).filter((part) => part !== '');
    },
  },
  {
    name: 'Slice',
    aliases: ['slice'],
    minArgs: 1,
    maxArgs: 2,
    apply: (input, args) => {
      const start = integerArg('Slice', args[0]);
      const length = optionalArg(args, 1, (v) => integerArg('Slice', v), 1);
      if (Array.isArray(input)) {
        const from = start < 0 ? Math.max(0, input.length + start) : start;
        return input.slice(from, from + Math.max(0, length));
      }
      if (isNil(input) || isObject(input)) return input;
      return sliceText(textOrNil(input)!, start, length);
    },
  },
  {
    name: 'Default',
    aliases: ['default'],
    minArgs: 1,
    maxArgs: 1,
    apply: (input, [fallback]) => {
      if (isNil(input) || input === false) return fallback;
      if (typeof input === 'string' && input.trim() === '') return fallback;
      if (Array.isArray(input) && input.length === 0) return fallback;
      return input;
    },
  },
];
