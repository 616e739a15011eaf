const HEX_UPPER: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).toUpperCase().padStart(2, '0'),
);

/** Upper-case hex without separators, as .NET prints thumbprints, serials and `#` values. */
export function hexUpper(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index++) text += HEX_UPPER[bytes[index]!];
  return text;
}
