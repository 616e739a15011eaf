/**
 * Text prepared from a file (XML references decoded, named values substituted) together with the
 * way back: `offsets[i]` is the file offset of the character at `i`, and `offsets[text.length]`
 * the file offset just after the text. Offsets never decrease, so a mapper built on them is
 * monotonic as `PositionMapper` requires.
 */
export interface MappedText {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** `source.slice(start, end)` as a verbatim copy of the file. */
export function verbatimText(source: string, start: number, end: number): MappedText {
  const offsets = new Int32Array(end - start + 1);
  for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
  return { text: source.slice(start, end), offsets };
}

/** The part `[from, to)` of a mapped text, still mapped to the file. */
export function sliceMapped(input: MappedText, from: number, to: number): MappedText {
  return { text: input.text.slice(from, to), offsets: input.offsets.slice(from, to + 1) };
}
