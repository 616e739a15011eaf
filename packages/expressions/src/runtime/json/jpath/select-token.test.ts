import { describe, expect, it } from 'vitest';
import '../../../model/library/index.js';
import '../../../model/runtime-types.js';
import { parseJToken } from '../load.js';
import { selectToken, selectTokens } from './select-token.js';

const doc = parseJToken(
  '{"store":{"book":[{"title":"A","price":8.95,"tags":["x"]},{"title":"B","price":12.99},{"title":"C","price":22}],"name":"s"}}',
);
const texts = (path: string) => [...selectTokens(doc, path)].map((t) => t.toJson(0));

describe('JSONPath', () => {
  it('selects properties and indexes', () => {
    expect(selectToken(doc, 'store.name')?.ToString()).toBe('s');
    expect(selectToken(doc, '$.store.book[1].title')?.ToString()).toBe('B');
    expect(selectToken(doc, "['store']['name']")?.ToString()).toBe('s');
    expect(selectToken(doc, 'store.missing')).toBeNull();
    expect(selectToken(doc, 'store.book[7]')).toBeNull();
  });

  it('selects several tokens', () => {
    expect(texts('store.book[*].title')).toEqual(['"A"', '"B"', '"C"']);
    expect(texts('$..title')).toEqual(['"A"', '"B"', '"C"']);
    expect(texts('store.book[0:2].title')).toEqual(['"A"', '"B"']);
    expect(texts('store.book[-1:].title')).toEqual(['"C"']);
    expect(texts('store.book[0,2].title')).toEqual(['"A"', '"C"']);
  });

  it('filters', () => {
    expect(texts('store.book[?(@.price > 10)].title')).toEqual(['"B"', '"C"']);
    expect(texts("store.book[?(@.title == 'A' || @.price == 22)].title")).toEqual(['"A"', '"C"']);
    expect(texts('store.book[?(@.tags)].title')).toEqual(['"A"']);
    expect(texts('$..book[?(@.title =~ /^[ab]$/i)].price')).toEqual(['8.95', '12.99']);
  });

  it('reports errors as Newtonsoft does', () => {
    expect(() => selectToken(doc, 'store.book[*]')).toThrow('Path returned multiple tokens.');
    expect(() => selectToken(doc, 'store.nope', true)).toThrow("Property 'nope' does not exist on JObject.");
    expect(() => selectToken(doc, 'store.book[')).toThrow('Path ended with open indexer.');
    expect(() => selectToken(doc, 'store.')).toThrow('Unexpected end while parsing path.');
  });
});
