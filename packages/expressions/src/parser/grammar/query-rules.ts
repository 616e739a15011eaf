import type { Identifier } from '../../ast/base.js';
import type {
  FromClause,
  GroupClause,
  JoinClause,
  LetClause,
  OrderByClause,
  Ordering,
  QueryBody,
  QueryClause,
  QueryContinuation,
  QueryExpression,
  SelectClause,
  WhereClause,
} from '../../ast/queries.js';
import type { TypeNode } from '../../ast/types.js';
import * as t from '../../lexer/tokens.js';
import { isA, isIdentifier } from '../token-kinds.js';
import { PatternRules } from './pattern-rules.js';

/** LINQ query syntax: `from x in source where ... orderby ... select ...`. */
export abstract class QueryRules extends PatternRules {
  queryExpression = this.RULE(
    'queryExpression',
    (): QueryExpression => {
      const start = this.ACTION(() => this.here());
      const fromClause = this.SUBRULE(this.fromClause);
      const body = this.SUBRULE(this.queryBody);
      return this.ACTION(() =>
        this.node<QueryExpression>(start, { type: 'QueryExpression', fromClause, body }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as QueryExpression },
  );

  /**
   * An optional type before the range variable: `from T x in` (a name followed by `in` has none).
   * Uses `OPTION` and `SUBRULE(type)`: the calling rule must not use them with index 0 itself.
   */
  protected rangeVariableType(): TypeNode | null {
    const type = this.OPTION({
      GATE: () => !(isIdentifier(this.LA(1)) && isA(this.LA(2), t.kw.in)),
      DEF: () => this.SUBRULE(this.type),
    });
    return type ?? null;
  }

  fromClause = this.RULE('fromClause', (): FromClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('from', 0);
    const variableType = this.rangeVariableType();
    const name = this.CONSUME1(t.Identifier);
    this.CONSUME(t.kw.in);
    const expression = this.SUBRULE(this.expression);
    return this.ACTION(() =>
      this.node<FromClause>(start, {
        type: 'FromClause',
        variableType,
        name: this.identifierFrom(name),
        expression,
      }),
    );
  });

  queryBody = this.RULE('queryBody', (): QueryBody => {
    const start = this.ACTION(() => this.here());
    const clauses: QueryClause[] = [];
    this.MANY({
      GATE: () =>
        ['from', 'let', 'where', 'join', 'orderby'].includes(this.LA(1).image) && isIdentifier(this.LA(1)),
      DEF: () => {
        const clause = this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { GATE: () => this.isContextualAhead('from'), ALT: () => this.SUBRULE(this.fromClause) },
            { GATE: () => this.isContextualAhead('let'), ALT: () => this.SUBRULE(this.letClause) },
            { GATE: () => this.isContextualAhead('where'), ALT: () => this.SUBRULE(this.whereClause) },
            { GATE: () => this.isContextualAhead('join'), ALT: () => this.SUBRULE(this.joinClause) },
            { ALT: () => this.SUBRULE(this.orderByClause) },
          ],
        });
        clauses.push(clause);
      },
    });
    const selectOrGroup = this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isContextualAhead('group'), ALT: () => this.SUBRULE(this.groupClause) },
        { ALT: () => this.SUBRULE(this.selectClause) },
      ],
    });
    const continuation = this.OPTION({
      GATE: () => this.isContextualAhead('into'),
      DEF: () => this.SUBRULE(this.queryContinuation),
    });
    return this.ACTION(() =>
      this.node<QueryBody>(start, {
        type: 'QueryBody',
        clauses,
        selectOrGroup,
        continuation: continuation ?? null,
      }),
    );
  });

  letClause = this.RULE('letClause', (): LetClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('let', 0);
    const name = this.CONSUME1(t.Identifier);
    this.CONSUME(t.Equals);
    const expression = this.SUBRULE(this.expression);
    return this.ACTION(() =>
      this.node<LetClause>(start, { type: 'LetClause', name: this.identifierFrom(name), expression }),
    );
  });

  whereClause = this.RULE('whereClause', (): WhereClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('where', 0);
    const condition = this.SUBRULE(this.expression);
    return this.ACTION(() => this.node<WhereClause>(start, { type: 'WhereClause', condition }));
  });

  joinClause = this.RULE('joinClause', (): JoinClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('join', 0);
    const variableType = this.rangeVariableType();
    const name = this.CONSUME1(t.Identifier);
    this.CONSUME(t.kw.in);
    const inExpression = this.SUBRULE(this.expression);
    this.consumeContextual('on', 2);
    const leftKey = this.SUBRULE2(this.expression);
    this.consumeContextual('equals', 3);
    const rightKey = this.SUBRULE3(this.expression);
    const into = this.OPTION2({
      GATE: () => this.isContextualAhead('into'),
      DEF: (): Identifier => {
        this.consumeContextual('into', 4);
        const token = this.CONSUME5(t.Identifier);
        return this.ACTION(() => this.identifierFrom(token));
      },
    });
    return this.ACTION(() =>
      this.node<JoinClause>(start, {
        type: 'JoinClause',
        variableType,
        name: this.identifierFrom(name),
        inExpression,
        leftKey,
        rightKey,
        into: into ?? null,
      }),
    );
  });

  orderByClause = this.RULE('orderByClause', (): OrderByClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('orderby', 0);
    const orderings: Ordering[] = [this.SUBRULE(this.ordering)];
    this.MANY(() => {
      this.CONSUME(t.Comma);
      orderings.push(this.SUBRULE2(this.ordering));
    });
    return this.ACTION(() => this.node<OrderByClause>(start, { type: 'OrderByClause', orderings }));
  });

  ordering = this.RULE('ordering', (): Ordering => {
    const start = this.ACTION(() => this.here());
    const expression = this.SUBRULE(this.expression);
    const direction = this.OPTION({
      GATE: () => this.isContextualAhead('ascending') || this.isContextualAhead('descending'),
      DEF: () => this.CONSUME(t.Identifier).image as 'ascending' | 'descending',
    });
    return this.ACTION(() =>
      this.node<Ordering>(start, { type: 'Ordering', expression, direction: direction ?? null }),
    );
  });

  selectClause = this.RULE('selectClause', (): SelectClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('select', 0);
    const expression = this.SUBRULE(this.expression);
    return this.ACTION(() => this.node<SelectClause>(start, { type: 'SelectClause', expression }));
  });

  groupClause = this.RULE('groupClause', (): GroupClause => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('group', 0);
    const element = this.SUBRULE(this.expression);
    this.consumeContextual('by', 1);
    const key = this.SUBRULE2(this.expression);
    return this.ACTION(() => this.node<GroupClause>(start, { type: 'GroupClause', element, key }));
  });

  queryContinuation = this.RULE('queryContinuation', (): QueryContinuation => {
    const start = this.ACTION(() => this.here());
    this.consumeContextual('into', 0);
    const name = this.CONSUME1(t.Identifier);
    const body = this.SUBRULE(this.queryBody);
    return this.ACTION(() =>
      this.node<QueryContinuation>(start, {
        type: 'QueryContinuation',
        name: this.identifierFrom(name),
        body,
      }),
    );
  });
}
