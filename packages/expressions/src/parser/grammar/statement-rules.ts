import type { Identifier } from '../../ast/base.js';
import type { Expression } from '../../ast/expressions.js';
import type {
  BlockStatement,
  CaseSwitchLabel,
  CatchClause,
  CheckedStatement,
  DefaultSwitchLabel,
  DoStatement,
  ExpressionStatement,
  ForEachStatement,
  ForEachVariableStatement,
  ForStatement,
  GotoStatement,
  IfStatement,
  LabeledStatement,
  LocalDeclarationStatement,
  LocalFunctionStatement,
  LockStatement,
  ReturnStatement,
  Statement,
  SwitchSection,
  SwitchStatement,
  ThrowStatement,
  TryStatement,
  UsingStatement,
  VariableDeclaration,
  VariableDeclarator,
  WhileStatement,
} from '../../ast/statements.js';
import * as t from '../../lexer/tokens.js';
import {
  isLocalDeclarationAt,
  isLocalFunctionStart,
  isVarDeconstructionStart,
  localFunctionModifiers,
} from '../lookahead.js';
import { isA, isIdentifier, isPredefinedType } from '../token-kinds.js';
import { ExpressionRules } from './expression-rules.js';
import { Precedence } from './grammar-base.js';

/** The statements of a `@{ ... }` code block, lambda bodies and local functions. */
export abstract class StatementRules extends ExpressionRules {
  block = this.RULE(
    'block',
    (): BlockStatement => {
      const start = this.ACTION(() => this.here());
      const body: Statement[] = [];
      this.CONSUME(t.LBrace);
      this.MANY(() => body.push(this.SUBRULE(this.statement)));
      this.CONSUME(t.RBrace);
      return this.ACTION(() => this.node<BlockStatement>(start, { type: 'BlockStatement', body }));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as BlockStatement },
  );

  statement = this.RULE(
    'statement',
    (): Statement => {
      const start = this.ACTION(() => this.here());
      const simple = (
        keyword: typeof t.kw.break,
        type: 'BreakStatement' | 'ContinueStatement',
        index: number,
      ) => ({
        ALT: () => {
          this.CONSUME(keyword);
          this.consume(index, t.Semicolon);
          return this.ACTION(() => this.node<Statement>(start, { type }));
        },
      });
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.block) },
          {
            ALT: () => {
              this.CONSUME2(t.Semicolon);
              return this.ACTION(() => this.node<Statement>(start, { type: 'EmptyStatement' }));
            },
          },
          { ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.switchStatement) },
          { ALT: () => this.SUBRULE(this.whileStatement) },
          { ALT: () => this.SUBRULE(this.doStatement) },
          { ALT: () => this.SUBRULE(this.forStatement) },
          { ALT: () => this.SUBRULE(this.forEachStatement) },
          simple(t.kw.break, 'BreakStatement', 0),
          simple(t.kw.continue, 'ContinueStatement', 1),
          { ALT: () => this.SUBRULE(this.returnStatement) },
          { ALT: () => this.SUBRULE(this.throwStatement) },
          { ALT: () => this.SUBRULE(this.gotoStatement) },
          { ALT: () => this.SUBRULE(this.tryStatement) },
          { ALT: () => this.SUBRULE(this.lockStatement) },
          {
            GATE: () => isA(this.LA(1), t.kw.using) && isA(this.LA(2), t.LParen),
            ALT: () => this.SUBRULE(this.usingStatement),
          },
          {
            GATE: () => isA(this.LA(2), t.LBrace),
            ALT: () => this.SUBRULE(this.checkedStatement),
          },
          {
            GATE: () => isA(this.LA(1), t.kw.const) || isA(this.LA(1), t.kw.using),
            ALT: () => this.SUBRULE(this.localDeclarationStatement),
          },
          {
            GATE: () => isIdentifier(this.LA(1)) && isA(this.LA(2), t.Colon),
            ALT: () => this.SUBRULE(this.labeledStatement),
          },
          { GATE: () => isLocalFunctionStart(this.peek), ALT: () => this.SUBRULE(this.localFunction) },
          {
            GATE: () => this.isLocalDeclarationAhead(),
            ALT: () => this.SUBRULE2(this.localDeclarationStatement),
          },
          { ALT: () => this.SUBRULE(this.expressionStatement) },
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /**
   * A local declaration starts here: a type and a name, or a keyword type that is not the start
   * of a member access (`int = 1;` is a declaration missing its name, as in C#).
   */
  protected isLocalDeclarationAhead(): boolean {
    if (isVarDeconstructionStart(this.peek)) return false;
    if (isPredefinedType(this.LA(1)) && !isA(this.LA(2), t.Dot)) return true;
    return isLocalDeclarationAt(this.peek, 1);
  }

  /**
   * `[const | using] Type a = 1, b;`. Without `const` or `using` it is only reached through the
   * statement rule's declaration gate.
   */
  localDeclarationStatement = this.RULE(
    'localDeclarationStatement',
    (): LocalDeclarationStatement => {
      const start = this.ACTION(() => this.here());
      const modifier = this.OPTION(() =>
        this.OR([{ ALT: () => this.CONSUME(t.kw.const) }, { ALT: () => this.CONSUME(t.kw.using) }]),
      );
      const declaration = this.SUBRULE(this.localVariableDeclaration);
      this.CONSUME(t.Semicolon);
      return this.ACTION(() =>
        this.node<LocalDeclarationStatement>(start, {
          type: 'LocalDeclarationStatement',
          isConst: modifier?.image === 'const',
          isUsing: modifier?.image === 'using',
          declaration,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LocalDeclarationStatement },
  );

  localVariableDeclaration = this.RULE(
    'localVariableDeclaration',
    (): VariableDeclaration => {
      const start = this.ACTION(() => this.here());
      const declaredType = this.SUBRULE(this.type);
      const declarators: VariableDeclarator[] = [this.SUBRULE(this.variableDeclarator)];
      this.MANY(() => {
        this.CONSUME(t.Comma);
        declarators.push(this.SUBRULE2(this.variableDeclarator));
      });
      return this.ACTION(() =>
        this.node<VariableDeclaration>(start, { type: 'VariableDeclaration', declaredType, declarators }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as VariableDeclaration },
  );

  variableDeclarator = this.RULE('variableDeclarator', (): VariableDeclarator => {
    const start = this.ACTION(() => this.here());
    // A keyword where the name goes (`var class = 1;`) or no name at all (`int = 1;`) is
    // reported here, and the declaration keeps its tree.
    const keyword = this.OPTION2({
      GATE: () => isA(this.LA(1), t.Keyword),
      DEF: () => this.CONSUME(t.Keyword),
    });
    const identifier = this.OPTION3(() => this.CONSUME(t.Identifier));
    const name = this.ACTION((): Identifier => {
      if (identifier !== undefined) return this.identifierFrom(identifier);
      if (keyword !== undefined) {
        const range = { start: keyword.startOffset, end: (keyword.endOffset ?? keyword.startOffset) + 1 };
        this.problems.push({ code: 'identifier-expected-keyword', ...range, data: { token: keyword.image } });
        return this.nodeAt<Identifier>(range.start, range.end, {
          type: 'Identifier',
          name: keyword.image,
          verbatim: false,
          typeArguments: null,
        });
      }
      const at = this.here();
      this.problems.push({ code: 'identifier-expected', start: at, end: at });
      return this.nodeAt<Identifier>(at, at, {
        type: 'Identifier',
        name: '',
        verbatim: false,
        typeArguments: null,
      });
    });
    const initializer = this.OPTION(() => {
      this.CONSUME(t.Equals);
      return this.OR([
        { ALT: () => this.SUBRULE(this.arrayInitializer) },
        { ALT: () => this.SUBRULE(this.expression) },
        this.missingExpressionAlternative(),
      ]);
    });
    return this.ACTION(() =>
      this.node<VariableDeclarator>(start, {
        type: 'VariableDeclarator',
        name: name!,
        initializer: initializer ?? null,
      }),
    );
  });

  expressionStatement = this.RULE(
    'expressionStatement',
    (): ExpressionStatement => {
      const start = this.ACTION(() => this.here());
      const expression = this.SUBRULE(this.expression);
      this.CONSUME(t.Semicolon);
      return this.ACTION(() =>
        this.node<ExpressionStatement>(start, { type: 'ExpressionStatement', expression }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ExpressionStatement },
  );

  /** `( expression )` around the condition of `if`, `while`, ... */
  condition = this.RULE('condition', (): Expression => {
    this.CONSUME(t.LParen);
    const expression = this.SUBRULE(this.expression);
    this.CONSUME(t.RParen);
    return expression;
  });

  ifStatement = this.RULE('ifStatement', (): IfStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.if);
    const test = this.SUBRULE(this.condition);
    const consequent = this.SUBRULE(this.statement);
    const alternate = this.OPTION(() => {
      this.CONSUME(t.kw.else);
      return this.SUBRULE2(this.statement);
    });
    return this.ACTION(() =>
      this.node<IfStatement>(start, { type: 'IfStatement', test, consequent, alternate: alternate ?? null }),
    );
  });

  switchStatement = this.RULE('switchStatement', (): SwitchStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.switch);
    const governing = this.SUBRULE(this.parenthesizedOrTuple);
    const sections: SwitchSection[] = [];
    this.CONSUME(t.LBrace);
    this.MANY(() => sections.push(this.SUBRULE(this.switchSection)));
    this.CONSUME(t.RBrace);
    return this.ACTION(() =>
      this.node<SwitchStatement>(start, {
        type: 'SwitchStatement',
        discriminant: governing.type === 'ParenthesizedExpression' ? governing.expression : governing,
        sections,
      }),
    );
  });

  /** A switch label is ahead: `case` or `default:`. */
  protected isSwitchLabelAhead(): boolean {
    return isA(this.LA(1), t.kw.case) || (isA(this.LA(1), t.kw.default) && isA(this.LA(2), t.Colon));
  }

  switchSection = this.RULE('switchSection', (): SwitchSection => {
    const start = this.ACTION(() => this.here());
    const labels: (CaseSwitchLabel | DefaultSwitchLabel)[] = [];
    const statements: Statement[] = [];
    this.AT_LEAST_ONE({
      GATE: () => this.isSwitchLabelAhead(),
      DEF: () => labels.push(this.SUBRULE(this.switchLabel)),
    });
    this.MANY({
      GATE: () => !this.isSwitchLabelAhead() && !isA(this.LA(1), t.RBrace),
      DEF: () => statements.push(this.SUBRULE(this.statement)),
    });
    return this.ACTION(() => this.node<SwitchSection>(start, { type: 'SwitchSection', labels, statements }));
  });

  switchLabel = this.RULE(
    'switchLabel',
    (): CaseSwitchLabel | DefaultSwitchLabel => {
      const start = this.ACTION(() => this.here());
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(t.kw.case);
            const pattern = this.SUBRULE(this.pattern, { ARGS: [Precedence.coalescing] });
            const guard = this.OPTION({
              GATE: () => this.isContextualAhead('when'),
              DEF: () => {
                this.consumeContextual('when', 0);
                return this.SUBRULE(this.expression);
              },
            });
            this.CONSUME(t.Colon);
            return this.ACTION(() =>
              this.node<CaseSwitchLabel>(start, { type: 'CaseSwitchLabel', pattern, guard: guard ?? null }),
            );
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.kw.default);
            this.CONSUME2(t.Colon);
            return this.ACTION(() => this.node<DefaultSwitchLabel>(start, { type: 'DefaultSwitchLabel' }));
          },
        },
      ]);
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as DefaultSwitchLabel },
  );

  whileStatement = this.RULE('whileStatement', (): WhileStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.while);
    const test = this.SUBRULE(this.condition);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => this.node<WhileStatement>(start, { type: 'WhileStatement', test, body }));
  });

  doStatement = this.RULE('doStatement', (): DoStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.do);
    const body = this.SUBRULE(this.statement);
    this.CONSUME(t.kw.while);
    const test = this.SUBRULE(this.condition);
    this.CONSUME(t.Semicolon);
    return this.ACTION(() => this.node<DoStatement>(start, { type: 'DoStatement', body, test }));
  });

  forStatement = this.RULE('forStatement', (): ForStatement => {
    const start = this.ACTION(() => this.here());
    let declaration: VariableDeclaration | null = null;
    const initializers: Expression[] = [];
    const updates: Expression[] = [];
    this.CONSUME(t.kw.for);
    this.CONSUME(t.LParen);
    this.OPTION({
      GATE: () => !isA(this.LA(1), t.Semicolon),
      DEF: () =>
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              GATE: () => isLocalDeclarationAt(this.peek, 1) && !isVarDeconstructionStart(this.peek),
              ALT: () => {
                declaration = this.SUBRULE(this.localVariableDeclaration);
              },
            },
            {
              ALT: () => {
                const list = this.SUBRULE(this.expressionList);
                this.ACTION(() => initializers.push(...list));
              },
            },
          ],
        }),
    });
    this.CONSUME(t.Semicolon);
    const test = this.OPTION2({
      GATE: () => !isA(this.LA(1), t.Semicolon),
      DEF: () => this.SUBRULE2(this.expression),
    });
    this.CONSUME2(t.Semicolon);
    this.OPTION3({
      GATE: () => !isA(this.LA(1), t.RParen),
      DEF: () => {
        const list = this.SUBRULE2(this.expressionList);
        this.ACTION(() => updates.push(...list));
      },
    });
    this.CONSUME(t.RParen);
    const body = this.SUBRULE(this.statement);
    const finalDeclaration: VariableDeclaration | null = declaration;
    return this.ACTION(() =>
      this.node<ForStatement>(start, {
        type: 'ForStatement',
        declaration: finalDeclaration,
        initializers,
        test: test ?? null,
        updates,
        body,
      }),
    );
  });

  forEachStatement = this.RULE(
    'forEachStatement',
    (): ForEachStatement | ForEachVariableStatement => {
      const start = this.ACTION(() => this.here());
      this.CONSUME(t.kw.foreach);
      this.CONSUME(t.LParen);
      const head = this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => isVarDeconstructionStart(this.peek),
            ALT: () => ({ variable: this.SUBRULE(this.declarationExpression) }),
          },
          {
            GATE: () => isA(this.LA(1), t.LParen) && !isLocalDeclarationAt(this.peek, 1),
            ALT: () => ({ variable: this.SUBRULE(this.parenthesizedOrTuple) }),
          },
          {
            ALT: () => {
              const declaredType = this.SUBRULE(this.type);
              const name = this.CONSUME(t.Identifier);
              return { declaredType, name };
            },
          },
        ],
      });
      this.CONSUME(t.kw.in);
      const expression = this.SUBRULE(this.expression);
      this.CONSUME(t.RParen);
      const body = this.SUBRULE(this.statement);
      return this.ACTION((): ForEachStatement | ForEachVariableStatement => {
        if ('variable' in head) {
          return this.node<ForEachVariableStatement>(start, {
            type: 'ForEachVariableStatement',
            variable: head.variable,
            expression,
            body,
          });
        }
        return this.node<ForEachStatement>(start, {
          type: 'ForEachStatement',
          declaredType: head.declaredType,
          name: this.identifierFrom(head.name),
          expression,
          body,
        });
      });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ForEachStatement },
  );

  returnStatement = this.RULE('returnStatement', (): ReturnStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.return);
    const argument = this.OPTION({
      GATE: () => !isA(this.LA(1), t.Semicolon),
      DEF: () => this.SUBRULE(this.expression),
    });
    this.CONSUME(t.Semicolon);
    return this.ACTION(() =>
      this.node<ReturnStatement>(start, { type: 'ReturnStatement', argument: argument ?? null }),
    );
  });

  throwStatement = this.RULE('throwStatement', (): ThrowStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.throw);
    const argument = this.OPTION({
      GATE: () => !isA(this.LA(1), t.Semicolon),
      DEF: () => this.SUBRULE(this.expression),
    });
    this.CONSUME(t.Semicolon);
    return this.ACTION(() =>
      this.node<ThrowStatement>(start, { type: 'ThrowStatement', argument: argument ?? null }),
    );
  });

  gotoStatement = this.RULE('gotoStatement', (): GotoStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.goto);
    const { kind, target } = this.OR([
      {
        ALT: () => {
          this.CONSUME(t.kw.case);
          return { kind: 'case' as const, target: this.SUBRULE(this.expression) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.kw.default);
          return { kind: 'default' as const, target: null };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(t.Identifier);
          return { kind: 'label' as const, target: this.ACTION(() => this.identifierFrom(token)) ?? null };
        },
      },
    ]);
    this.CONSUME(t.Semicolon);
    return this.ACTION(() => this.node<GotoStatement>(start, { type: 'GotoStatement', kind, target }));
  });

  tryStatement = this.RULE('tryStatement', (): TryStatement => {
    const start = this.ACTION(() => this.here());
    const handlers: CatchClause[] = [];
    this.CONSUME(t.kw.try);
    const block = this.SUBRULE(this.block);
    this.MANY(() => handlers.push(this.SUBRULE(this.catchClause)));
    const finalizer = this.OPTION(() => {
      this.CONSUME(t.kw.finally);
      return this.SUBRULE2(this.block);
    });
    return this.ACTION(() =>
      this.node<TryStatement>(start, { type: 'TryStatement', block, handlers, finalizer: finalizer ?? null }),
    );
  });

  catchClause = this.RULE('catchClause', (): CatchClause => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.catch);
    const declaration = this.OPTION(() => {
      this.CONSUME(t.LParen);
      const exceptionType = this.SUBRULE(this.type);
      const name = this.OPTION2(() => this.CONSUME(t.Identifier));
      this.CONSUME(t.RParen);
      return { exceptionType, name };
    });
    const filter = this.OPTION3({
      GATE: () => this.isContextualAhead('when'),
      DEF: () => {
        this.consumeContextual('when', 1);
        return this.SUBRULE(this.condition);
      },
    });
    const body = this.SUBRULE(this.block);
    return this.ACTION(() =>
      this.node<CatchClause>(start, {
        type: 'CatchClause',
        exceptionType: declaration?.exceptionType ?? null,
        name: declaration?.name === undefined ? null : this.identifierFrom(declaration.name),
        filter: filter ?? null,
        body,
      }),
    );
  });

  usingStatement = this.RULE('usingStatement', (): UsingStatement => {
    const start = this.ACTION(() => this.here());
    let declaration: VariableDeclaration | null = null;
    let expression: Expression | null = null;
    this.CONSUME(t.kw.using);
    this.CONSUME(t.LParen);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => isLocalDeclarationAt(this.peek, 1),
          ALT: () => {
            declaration = this.SUBRULE(this.localVariableDeclaration);
          },
        },
        {
          ALT: () => {
            expression = this.SUBRULE(this.expression);
          },
        },
      ],
    });
    this.CONSUME(t.RParen);
    const body = this.SUBRULE(this.statement);
    const finalDeclaration: VariableDeclaration | null = declaration;
    const finalExpression: Expression | null = expression;
    return this.ACTION(() =>
      this.node<UsingStatement>(start, {
        type: 'UsingStatement',
        declaration: finalDeclaration,
        expression: finalExpression,
        body,
      }),
    );
  });

  lockStatement = this.RULE('lockStatement', (): LockStatement => {
    const start = this.ACTION(() => this.here());
    this.CONSUME(t.kw.lock);
    const expression = this.SUBRULE(this.condition);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => this.node<LockStatement>(start, { type: 'LockStatement', expression, body }));
  });

  checkedStatement = this.RULE('checkedStatement', (): CheckedStatement => {
    const start = this.ACTION(() => this.here());
    const keyword = this.OR([
      { ALT: () => this.CONSUME(t.kw.checked) },
      { ALT: () => this.CONSUME(t.kw.unchecked) },
    ]);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() =>
      this.node<CheckedStatement>(start, {
        type: 'CheckedStatement',
        checked: keyword.image === 'checked',
        body,
      }),
    );
  });

  labeledStatement = this.RULE('labeledStatement', (): LabeledStatement => {
    const start = this.ACTION(() => this.here());
    const label = this.CONSUME(t.Identifier);
    this.CONSUME(t.Colon);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() =>
      this.node<LabeledStatement>(start, {
        type: 'LabeledStatement',
        label: this.identifierFrom(label),
        body,
      }),
    );
  });

  localFunction = this.RULE(
    'localFunction',
    (): LocalFunctionStatement => {
      const start = this.ACTION(() => this.here());
      const modifiers: LocalFunctionStatement['modifiers'] = [];
      const typeParameters: Identifier[] = [];
      this.MANY({
        GATE: () => localFunctionModifiers.has(this.LA(1).image),
        DEF: () => {
          const token = this.OR([
            { ALT: () => this.CONSUME(t.Identifier) },
            { ALT: () => this.CONSUME(t.kw.static) },
            { ALT: () => this.CONSUME(t.kw.unsafe) },
            { ALT: () => this.CONSUME(t.kw.extern) },
          ]);
          modifiers.push(token.image as LocalFunctionStatement['modifiers'][number]);
        },
      });
      const returnType = this.SUBRULE(this.type);
      const name = this.CONSUME2(t.Identifier);
      this.OPTION(() => {
        this.CONSUME(t.Less);
        this.AT_LEAST_ONE_SEP({
          SEP: t.Comma,
          DEF: () => {
            const parameter = this.CONSUME3(t.Identifier);
            this.ACTION(() => typeParameters.push(this.identifierFrom(parameter)));
          },
        });
        this.CONSUME(t.Greater);
      });
      const parameters = this.SUBRULE(this.parameterList);
      const { body, expressionBody } = this.OR2([
        { ALT: () => ({ body: this.SUBRULE(this.block), expressionBody: null }) },
        {
          ALT: () => {
            this.CONSUME(t.FatArrow);
            const expression = this.SUBRULE(this.expression);
            this.CONSUME(t.Semicolon);
            return { body: null, expressionBody: expression };
          },
        },
      ]);
      return this.ACTION(() =>
        this.node<LocalFunctionStatement>(start, {
          type: 'LocalFunctionStatement',
          modifiers,
          returnType,
          name: this.identifierFrom(name),
          typeParameters,
          parameters,
          body,
          expressionBody,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LocalFunctionStatement },
  );
}
