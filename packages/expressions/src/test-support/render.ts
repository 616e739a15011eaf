import type { Node } from '../ast/nodes.js';

/**
 * Renders a syntax tree as a compact S-expression, for tests that check structure: `a + b * c`
 * renders as `(+ a (* b c))`. Types render as C# text (`List<string>`, `int[]`).
 */
export function render(node: Node | null | undefined): string {
  if (node === null || node === undefined) return '_';
  const r = render;
  const list = (items: readonly (Node | null)[]) => items.map((item) => r(item)).join(' ');
  const s = (...parts: string[]) => `(${parts.filter((part) => part !== '').join(' ')})`;
  switch (node.type) {
    case 'PolicyExpression':
      return r(node.body);
    case 'Comment':
      return `//${node.value}`;
    case 'ErrorNode':
      return '<error>';
    case 'Identifier':
      return `${node.verbatim ? '@' : ''}${node.name}${node.typeArguments === null ? '' : `<${node.typeArguments.map(r).join(', ')}>`}`;
    // types
    case 'PredefinedType':
      return node.keyword;
    case 'NamedType':
      return node.qualifier === null
        ? r(node.name)
        : `${r(node.qualifier)}${node.qualifier.type === 'AliasQualifier' ? '' : '.'}${r(node.name)}`;
    case 'AliasQualifier':
      return `${r(node.alias)}::`;
    case 'ArrayType':
      return `${r(node.elementType)}[${','.repeat(node.rank - 1)}]`;
    case 'NullableType':
      return `${r(node.underlyingType)}?`;
    case 'TupleType':
      return `(${node.elements.map(r).join(', ')})`;
    case 'TupleTypeElement':
      return node.name === null ? r(node.elementType) : `${r(node.elementType)} ${r(node.name)}`;
    case 'OmittedType':
      return '';
    // literals
    case 'IntegerLiteral':
    case 'RealLiteral':
    case 'CharLiteral':
      return node.raw;
    case 'StringLiteral':
      return JSON.stringify(node.value);
    case 'BooleanLiteral':
      return String(node.value);
    case 'NullLiteral':
      return 'null';
    case 'DefaultLiteral':
      return 'default';
    case 'InterpolatedString':
      return s('$', list(node.parts));
    case 'InterpolatedText':
      return JSON.stringify(node.value);
    case 'Interpolation':
      return `{${r(node.expression)}${node.alignment === null ? '' : `,${r(node.alignment)}`}${node.format === null ? '' : `:${node.format.value}`}}`;
    case 'InterpolationFormat':
      return node.value;
    case 'NamedValue':
      return `{{${node.name}}}`;
    // expressions
    case 'ThisExpression':
      return 'this';
    case 'BaseExpression':
      return 'base';
    case 'ParenthesizedExpression':
      return s('paren', r(node.expression));
    case 'TupleExpression':
      return s('tuple', list(node.elements));
    case 'MemberExpression':
      return s(node.optional ? '?.' : '.', r(node.object), r(node.property));
    case 'ElementAccessExpression':
      return s(node.optional ? '?index' : 'index', r(node.object), list(node.arguments));
    case 'ConditionalAccessExpression':
      return s('chain', r(node.expression));
    case 'InvocationExpression':
      return s('call', r(node.callee), list(node.arguments));
    case 'Argument':
      return `${node.name === null ? '' : `${node.name.name}: `}${node.refKind === null ? '' : `${node.refKind} `}${r(node.value)}`;
    case 'DeclarationExpression':
      return s('decl', r(node.declaredType), r(node.designation));
    case 'SingleVariableDesignation':
      return r(node.name);
    case 'DiscardDesignation':
      return '_';
    case 'ParenthesizedVariableDesignation':
      return `(${node.variables.map(r).join(', ')})`;
    case 'TypeOfExpression':
      return s('typeof', r(node.targetType));
    case 'DefaultExpression':
      return s('default', r(node.targetType));
    case 'SizeOfExpression':
      return s('sizeof', r(node.targetType));
    case 'CheckedExpression':
      return s(node.checked ? 'checked' : 'unchecked', r(node.expression));
    case 'ObjectCreationExpression':
      return s(
        'new',
        node.objectType === null ? '<target>' : r(node.objectType),
        node.arguments === null ? '' : `(${node.arguments.map(r).join(' ')})`,
        node.initializer === null ? '' : r(node.initializer),
      );
    case 'ObjectInitializer':
      return `{${node.members.map(r).join(' ')}}`;
    case 'MemberInitializer':
      return s('=', r(node.name), r(node.value));
    case 'IndexInitializer':
      return s('=', `[${node.arguments.map(r).join(' ')}]`, r(node.value));
    case 'CollectionInitializer':
      return `{${node.elements.map(r).join(' ')}}`;
    case 'ElementInitializer':
      return `{${node.expressions.map(r).join(' ')}}`;
    case 'ArrayCreationExpression':
      return s(
        'new-array',
        node.elementType === null ? '<implicit>' : r(node.elementType),
        node.rankSpecifiers.map(r).join(''),
        node.initializer === null ? '' : r(node.initializer),
      );
    case 'ArrayRankSpecifier':
      return `[${node.sizes.map((size) => (size === null ? '' : r(size))).join(',')}]`;
    case 'ArrayInitializer':
      return `{${node.elements.map(r).join(' ')}}`;
    case 'AnonymousObjectCreationExpression':
      return s('new-anonymous', list(node.members));
    case 'AnonymousObjectMember':
      return node.name === null ? r(node.value) : s('=', r(node.name), r(node.value));
    case 'PrefixUnaryExpression':
      return s(node.operator, r(node.operand));
    case 'PostfixUnaryExpression':
      return s(`post${node.operator}`, r(node.operand));
    case 'CastExpression':
      return s('cast', r(node.targetType), r(node.expression));
    case 'BinaryExpression':
      return s(node.operator, r(node.left), r(node.right));
    case 'IsPatternExpression':
      return s('is', r(node.expression), r(node.pattern));
    case 'AsExpression':
      return s('as', r(node.expression), r(node.targetType));
    case 'ConditionalExpression':
      return s('?:', r(node.test), r(node.consequent), r(node.alternate));
    case 'AssignmentExpression':
      return s(node.operator, r(node.left), r(node.right));
    case 'ThrowExpression':
      return s('throw', r(node.argument));
    case 'LambdaExpression':
      return s('lambda', ...node.modifiers, `(${node.parameters.map(r).join(', ')})`, r(node.body));
    case 'AnonymousMethodExpression':
      return s(
        'delegate',
        node.parameters === null ? '' : `(${node.parameters.map(r).join(', ')})`,
        r(node.body),
      );
    case 'Parameter':
      return [
        node.modifier ?? '',
        node.parameterType === null ? '' : r(node.parameterType),
        r(node.name),
        node.defaultValue === null ? '' : `= ${r(node.defaultValue)}`,
      ]
        .filter((part) => part !== '')
        .join(' ');
    case 'SwitchExpression':
      return s('switch', r(node.governing), list(node.arms));
    case 'SwitchExpressionArm':
      return s('=>', r(node.pattern), node.guard === null ? '' : s('when', r(node.guard)), r(node.body));
    case 'WithExpression':
      return s('with', r(node.expression), r(node.initializer));
    case 'RangeExpression':
      return s('..', r(node.start), r(node.end));
    // patterns
    case 'ConstantPattern':
      return r(node.expression);
    case 'TypePattern':
      return s('type', r(node.patternType));
    case 'DeclarationPattern':
      return s('declare', r(node.patternType), r(node.designation));
    case 'VarPattern':
      return s('var', r(node.designation));
    case 'DiscardPattern':
      return '_';
    case 'RecursivePattern':
      return s(
        'recursive',
        node.patternType === null ? '' : r(node.patternType),
        node.positional === null ? '' : `(${node.positional.map(r).join(' ')})`,
        node.properties === null ? '' : `{${node.properties.map(r).join(' ')}}`,
        node.designation === null ? '' : r(node.designation),
      );
    case 'Subpattern':
      return node.name === null ? r(node.pattern) : `${r(node.name)}: ${r(node.pattern)}`;
    case 'RelationalPattern':
      return s(node.operator, r(node.expression));
    case 'NotPattern':
      return s('not', r(node.pattern));
    case 'BinaryPattern':
      return s(node.operator, r(node.left), r(node.right));
    case 'ParenthesizedPattern':
      return s('paren', r(node.pattern));
    case 'ListPattern':
      return s('list', list(node.patterns), node.designation === null ? '' : r(node.designation));
    case 'SlicePattern':
      return s('..', node.pattern === null ? '' : r(node.pattern));
    // queries
    case 'QueryExpression':
      return s('query', r(node.fromClause), r(node.body));
    case 'QueryBody':
      return [
        ...node.clauses.map(r),
        r(node.selectOrGroup),
        node.continuation === null ? '' : r(node.continuation),
      ]
        .filter((part) => part !== '')
        .join(' ');
    case 'FromClause':
      return s(
        'from',
        node.variableType === null ? '' : r(node.variableType),
        r(node.name),
        r(node.expression),
      );
    case 'LetClause':
      return s('let', r(node.name), r(node.expression));
    case 'WhereClause':
      return s('where', r(node.condition));
    case 'JoinClause':
      return s(
        'join',
        node.variableType === null ? '' : r(node.variableType),
        r(node.name),
        r(node.inExpression),
        r(node.leftKey),
        r(node.rightKey),
        node.into === null ? '' : `into ${r(node.into)}`,
      );
    case 'OrderByClause':
      return s('orderby', list(node.orderings));
    case 'Ordering':
      return node.direction === null ? r(node.expression) : s(node.direction, r(node.expression));
    case 'SelectClause':
      return s('select', r(node.expression));
    case 'GroupClause':
      return s('group', r(node.element), r(node.key));
    case 'QueryContinuation':
      return s('into', r(node.name), r(node.body));
    // statements
    case 'BlockStatement':
      return s('block', list(node.body));
    case 'LocalDeclarationStatement':
      return s(node.isConst ? 'const' : node.isUsing ? 'using-local' : 'local', r(node.declaration));
    case 'VariableDeclaration':
      return [r(node.declaredType), ...node.declarators.map(r)].join(' ');
    case 'VariableDeclarator':
      return node.initializer === null ? r(node.name) : s('=', r(node.name), r(node.initializer));
    case 'LocalFunctionStatement':
      return s(
        'function',
        ...node.modifiers,
        r(node.returnType),
        r(node.name),
        node.typeParameters.length === 0 ? '' : `<${node.typeParameters.map(r).join(', ')}>`,
        `(${node.parameters.map(r).join(', ')})`,
        node.body === null ? r(node.expressionBody) : r(node.body),
      );
    case 'ExpressionStatement':
      return s('expr', r(node.expression));
    case 'EmptyStatement':
      return '(;)';
    case 'IfStatement':
      return s('if', r(node.test), r(node.consequent), node.alternate === null ? '' : r(node.alternate));
    case 'SwitchStatement':
      return s('switch-statement', r(node.discriminant), list(node.sections));
    case 'SwitchSection':
      return s('section', list(node.labels), list(node.statements));
    case 'CaseSwitchLabel':
      return s('case', r(node.pattern), node.guard === null ? '' : s('when', r(node.guard)));
    case 'DefaultSwitchLabel':
      return '(default)';
    case 'WhileStatement':
      return s('while', r(node.test), r(node.body));
    case 'DoStatement':
      return s('do', r(node.body), r(node.test));
    case 'ForStatement':
      return s(
        'for',
        node.declaration === null ? `(${node.initializers.map(r).join(' ')})` : r(node.declaration),
        r(node.test),
        `(${node.updates.map(r).join(' ')})`,
        r(node.body),
      );
    case 'ForEachStatement':
      return s('foreach', r(node.declaredType), r(node.name), r(node.expression), r(node.body));
    case 'ForEachVariableStatement':
      return s('foreach', r(node.variable), r(node.expression), r(node.body));
    case 'BreakStatement':
      return '(break)';
    case 'ContinueStatement':
      return '(continue)';
    case 'ReturnStatement':
      return s('return', node.argument === null ? '' : r(node.argument));
    case 'ThrowStatement':
      return s('throw', node.argument === null ? '' : r(node.argument));
    case 'GotoStatement':
      return s('goto', node.kind, node.target === null ? '' : r(node.target));
    case 'LabeledStatement':
      return s('label', r(node.label), r(node.body));
    case 'TryStatement':
      return s(
        'try',
        r(node.block),
        list(node.handlers),
        node.finalizer === null ? '' : s('finally', r(node.finalizer)),
      );
    case 'CatchClause':
      return s(
        'catch',
        node.exceptionType === null ? '' : r(node.exceptionType),
        node.name === null ? '' : r(node.name),
        node.filter === null ? '' : s('when', r(node.filter)),
        r(node.body),
      );
    case 'UsingStatement':
      return s('using', node.declaration === null ? r(node.expression) : r(node.declaration), r(node.body));
    case 'LockStatement':
      return s('lock', r(node.expression), r(node.body));
    case 'CheckedStatement':
      return s(node.checked ? 'checked' : 'unchecked', r(node.body));
  }
}
