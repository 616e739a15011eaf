import { type ILookaheadStrategy, LLkLookaheadStrategy } from 'chevrotain';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

/**
 * chevrotain's LL(k) look-ahead, each decision's function computed the first time the parser
 * reaches that decision rather than for every decision of the grammar when the parser is built.
 * The functions are the same; a process that parses a few expressions (one policy file, one
 * `apim-policy eval`) computes only those of the decisions its expressions reach. Validation is
 * the LL(k) strategy's own, run by the test that builds the grammar with validations on.
 */
export class LazyLookaheadStrategy implements ILookaheadStrategy {
  readonly #strategy: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.#strategy = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(
    options: Parameters<ILookaheadStrategy['validate']>[0],
  ): ReturnType<ILookaheadStrategy['validate']> {
    return this.#strategy.validate(options);
  }

  buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    const strategy = this.#strategy;
    let built: AlternationLookahead | undefined;
    // chevrotain calls look-ahead functions with the parser as `this`.
    return function (this: unknown, alternatives) {
      if (built === undefined) built = strategy.buildLookaheadForAlternation(options);
      return built.call(this, alternatives);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
    const strategy = this.#strategy;
    let built: OptionalLookahead | undefined;
    return function (this: unknown) {
      if (built === undefined) built = strategy.buildLookaheadForOptional(options);
      return built.call(this);
    };
  }
}
