import type { Expression } from '../../ast/expressions.js';
import type { PolicyExpression } from '../../ast/nodes.js';
import type { BlockStatement, Statement } from '../../ast/statements.js';
import * as t from '../../lexer/tokens.js';
import { StatementRules } from './statement-rules.js';

/**
 * The complete grammar. Build it once per process (`getParser()` in `parse.ts`): chevrotain's
 * self-analysis is the expensive part, and every parse then reuses the instance.
 */
export class CSharpParser extends StatementRules {
  /** `@( expression )` or `@{ statements }`. Comments are attached by `parse.ts`. */
  policyExpression = this.RULE(
    'policyExpression',
    (): PolicyExpression => {
      const start = this.ACTION(() => this.here());
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(t.AtParen);
            const body = this.SUBRULE(this.expression);
            this.CONSUME(t.RParen);
            return this.ACTION(() =>
              this.node<PolicyExpression>(start, {
                type: 'PolicyExpression',
                form: 'expression',
                body,
                comments: [],
              }),
            );
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.AtBrace);
            const statements: Statement[] = [];
            this.MANY(() => statements.push(this.SUBRULE(this.statement)));
            this.CONSUME(t.RBrace);
            return this.ACTION(() => {
              const body = this.node<BlockStatement>(start + 1, { type: 'BlockStatement', body: statements });
              return this.node<PolicyExpression>(start, {
                type: 'PolicyExpression',
                form: 'block',
                body,
                comments: [],
              });
            });
          },
        },
      ]);
    },
    {
      recoveryValueFunc: () =>
        this.nodeAt<PolicyExpression>(0, this.textLength, {
          type: 'PolicyExpression',
          form: 'expression',
          body: this.errorNode(),
          comments: [],
        }),
    },
  );

  /** An expression on its own: the hole of an interpolated string, or text without `@(...)`. */
  standaloneExpression = this.RULE('standaloneExpression', (): Expression => this.SUBRULE(this.expression), {
    recoveryValueFunc: () => this.errorNode(),
  });

  constructor(options: { validate?: boolean } = {}) {
    super(options.validate ?? false);
    this.performSelfAnalysis();
  }
}
