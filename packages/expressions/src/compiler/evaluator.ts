/** A compiled expression before the evaluation wrapper: the context in, the typed result out. */
export type RawEvaluator = (context: unknown) => unknown;
