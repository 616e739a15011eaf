/**
 * A template that parsed but failed while rendering with a given model: a division by zero, a
 * filter fed a value it cannot work with, a comparison between values that do not compare. API
 * Management fails the `set-body` policy in these cases.
 */
export class LiquidRenderError extends Error {
  override readonly name = 'LiquidRenderError';
}
