/**
 * Whether to colour output: `--color`/`--no-color` decide when given; otherwise `NO_COLOR` (set
 * and not empty) turns colours off, `FORCE_COLOR` (other than `0` or `false`) on, and else the
 * stream's being a terminal decides.
 */
export function shouldColor(
  flag: boolean | undefined,
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}
