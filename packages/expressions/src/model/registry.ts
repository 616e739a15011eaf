import type { MemberDeclaration, TypeDeclaration } from './declaration.js';
import { importedNamespaces } from './declaration.js';
import { constant, type Implementation, implementationOf, type MemberFunction } from './implementation.js';
import { type DeclaredMember, LazyMemberTable } from './member-table.js';
import {
  type MemberSyntax,
  type ParameterSyntax,
  parseSignature,
  parseTypeSyntax,
  type TypeSyntax,
} from './signature-syntax.js';
import type {
  Allowance,
  FieldSymbol,
  MemberSymbol,
  MemberTable,
  MethodSymbol,
  ParameterSymbol,
  PropertySymbol,
  TypeDefinition,
  TypeKind,
} from './type-definition.js';
import { arrayType, namedType, type Type, typeParameter, voidType } from './types.js';

const definitions = new Map<string, Definition>();
const keywords = new Map<string, Definition>();
const namespaces = new Set<string>();
/** A signature whose first parameter is `this ...`: an extension method. */
const EXTENSION_SIGNATURE = /\(\s*this\s/;

/** Splits `System.Collections.Generic.List<T>` into namespace, name and type parameters. */
function splitName(full: string): {
  namespace: string;
  name: string;
  typeParameters: string[];
  variances: ('in' | 'out' | null)[];
} {
  const open = full.indexOf('<');
  const qualified = open < 0 ? full : full.slice(0, open);
  const written =
    open < 0
      ? []
      : full
          .slice(open + 1, -1)
          .split(',')
          .map((p) => p.trim());
  const variances = written.map((p) => (p.startsWith('out ') ? 'out' : p.startsWith('in ') ? 'in' : null));
  const typeParameters = written.map((p) => p.replace(/^(in|out) /, ''));
  const dot = qualified.lastIndexOf('.');
  return { namespace: qualified.slice(0, dot), name: qualified.slice(dot + 1), typeParameters, variances };
}

/** Where type names in a declaration are resolved. */
interface Scope {
  readonly typeParameters: ReadonlySet<string>;
  readonly namespace: string;
}

class Definition implements TypeDefinition {
  readonly namespace: string;
  readonly name: string;
  readonly metadataName: string;
  readonly fullName: string;
  readonly keyword: string | null;
  readonly kind: TypeKind;
  readonly isStatic: boolean;
  readonly isSealed: boolean;
  readonly typeParameters: readonly string[];
  readonly variances: readonly ('in' | 'out' | null)[];
  readonly allowance: Allowance;
  readonly test: ((value: unknown) => boolean) | null;
  readonly boxing: 'identity' | 'boxed';
  readonly defaultValue: (() => unknown) | null;
  readonly #declaration: TypeDeclaration;
  /** Members added by `extendType`, before the member table is built. */
  readonly additions: Record<string, MemberDeclaration>[] = [];
  #base: Type | null | undefined;
  #interfaces: readonly Type[] | undefined;
  #members: LazyMemberTable | undefined;
  #invoke: MethodSymbol | null | undefined;

  constructor(declaration: TypeDeclaration) {
    const { namespace, name, typeParameters, variances } = splitName(declaration.name);
    this.#declaration = declaration;
    this.namespace = namespace;
    this.name = name;
    this.typeParameters = typeParameters;
    this.variances = variances;
    this.metadataName = typeParameters.length === 0 ? name : `${name}\`${typeParameters.length}`;
    this.fullName = `${namespace}.${this.metadataName}`;
    this.keyword = declaration.keyword ?? null;
    this.kind = declaration.kind;
    this.isStatic = declaration.static ?? false;
    this.isSealed = declaration.sealed ?? (declaration.kind === 'struct' || declaration.kind === 'enum');
    this.allowance = declaration.apim;
    this.test = declaration.test ?? null;
    this.boxing = declaration.boxing ?? 'identity';
    this.defaultValue = declaration.defaultValue ?? null;
  }

  get #scope(): Scope {
    return { typeParameters: new Set(this.typeParameters), namespace: this.namespace };
  }

  get base(): Type | null {
    if (this.#base === undefined) {
      const declared = this.#declaration.base;
      const implied =
        this.kind === 'struct'
          ? 'System.ValueType'
          : this.kind === 'enum'
            ? 'System.Enum'
            : this.kind === 'delegate'
              ? 'System.MulticastDelegate'
              : this.kind === 'class' && this.fullName !== 'System.Object'
                ? 'System.Object'
                : null;
      const name = declared ?? implied;
      this.#base =
        name === null || this.kind === 'interface' ? null : resolveType(parseTypeSyntax(name), this.#scope);
    }
    return this.#base;
  }

  get interfaces(): readonly Type[] {
    this.#interfaces ??= (this.#declaration.interfaces ?? []).map((name) =>
      resolveType(parseTypeSyntax(name), this.#scope),
    );
    return this.#interfaces;
  }

  get invoke(): MethodSymbol | null {
    if (this.#invoke === undefined) {
      const signature = this.#declaration.invoke;
      this.#invoke =
        signature === undefined ? null : (this.#memberFrom(signature, { kind: 'constant' }) as MethodSymbol);
    }
    return this.#invoke;
  }

  get enumMembers(): ReadonlyMap<string, number> | null {
    const values = this.#declaration.enum;
    return values === undefined ? null : new Map(Object.entries(values));
  }

  /** The members, each parsed from its signature when a lookup first needs it (see `LazyMemberTable`). */
  get members(): MemberTable {
    return this.#table();
  }

  /** Every member of the type, all parsed: for lookups by id. */
  allMembers(): readonly MemberSymbol[] {
    return this.#table().all();
  }

  #table(): LazyMemberTable {
    if (this.#members === undefined) {
      const declared: DeclaredMember[] = [];
      for (const part of [this.#declaration.members ?? {}, ...this.additions]) {
        for (const [signature, declaration] of Object.entries(part))
          declared.push({ signature, declaration });
      }
      this.#members = new LazyMemberTable(
        declared,
        ({ signature, declaration }) => this.#memberFrom(signature, declaration),
        this.#enumFields(),
      );
    }
    return this.#members;
  }

  /**
   * Whether a member signature declares an extension method (its first parameter `this ...`),
   * read from the signatures' text: looking extension methods up builds the member tables of these
   * types only, not of every type of the model.
   */
  get declaresExtensions(): boolean {
    const parts = [this.#declaration.members ?? {}, ...this.additions];
    return parts.some((part) => Object.keys(part).some((signature) => EXTENSION_SIGNATURE.test(signature)));
  }

  /** An enum's values as static constant fields. */
  #enumFields(): FieldSymbol[] {
    const self = namedType(this, this.typeParameters.map(typeParameter));
    return Object.entries(this.#declaration.enum ?? {}).map(([name, value]) => ({
      kind: 'field',
      id: `${this.fullName}.${name}`,
      name,
      declaringType: this,
      isStatic: true,
      allowed: this.allowance !== 'none',
      implementation: constant,
      type: self,
      isConst: true,
      constantValue: value,
    }));
  }

  #memberFrom(signature: string, declaration: MemberDeclaration): MemberSymbol {
    const syntax = parseSignature(signature);
    const options = typeof declaration === 'object' && 'implementation' in declaration ? declaration : null;
    const implementation: Implementation = implementationOf(
      options === null ? (declaration as Implementation | MemberFunction) : options.implementation,
    );
    const allowed =
      this.allowance === 'none'
        ? false
        : this.allowance === 'listed'
          ? options?.apim === true
          : options?.apim !== false;
    return buildSymbol(this, syntax, implementation, allowed, options?.nonNull ?? false);
  }
}

function buildSymbol(
  owner: Definition,
  syntax: MemberSyntax,
  implementation: Implementation,
  allowed: boolean,
  nonNull: boolean,
): MemberSymbol {
  const typeScope = (extra: readonly string[] = []): Scope => ({
    typeParameters: new Set([...owner.typeParameters, ...extra]),
    namespace: owner.namespace,
  });
  const base = { declaringType: owner, allowed, implementation };
  switch (syntax.kind) {
    case 'method': {
      const scope = typeScope(syntax.typeParameters);
      const parameters = syntax.parameters.map((p) => parameterFrom(p, scope));
      const arity = syntax.typeParameters.length === 0 ? '' : `\`\`${syntax.typeParameters.length}`;
      return {
        kind: 'method',
        ...base,
        id: `${owner.fullName}.${syntax.name}${arity}(${parameters.map((p) => p.type.id).join(',')})`,
        name: syntax.name,
        isStatic: syntax.isStatic,
        typeParameters: syntax.typeParameters,
        parameters,
        returnType: resolveType(syntax.returns, scope),
        isExtension: parameters[0]?.modifier === 'this',
      };
    }
    case 'property': {
      const symbol: PropertySymbol = {
        kind: 'property',
        ...base,
        id: `${owner.fullName}.${syntax.name}`,
        name: syntax.name,
        isStatic: syntax.isStatic,
        type: resolveType(syntax.type, typeScope()),
        hasSetter: syntax.setter,
        nonNull,
      };
      return symbol;
    }
    case 'field': {
      const type = resolveType(syntax.type, typeScope());
      return {
        kind: 'field',
        ...base,
        id: `${owner.fullName}.${syntax.name}`,
        name: syntax.name,
        isStatic: syntax.isStatic,
        type,
        isConst: syntax.isConst,
        constantValue: syntax.value === null ? undefined : literalValue(syntax.value, type),
      };
    }
    case 'indexer': {
      const scope = typeScope();
      const parameters = syntax.parameters.map((p) => parameterFrom(p, scope));
      return {
        kind: 'indexer',
        ...base,
        id: `${owner.fullName}.this[${parameters.map((p) => p.type.id).join(',')}]`,
        name: 'this[]',
        isStatic: false,
        type: resolveType(syntax.type, scope),
        parameters,
        hasSetter: syntax.setter,
      };
    }
    case 'constructor': {
      const parameters = syntax.parameters.map((p) => parameterFrom(p, typeScope()));
      return {
        kind: 'constructor',
        ...base,
        id: `${owner.fullName}..ctor(${parameters.map((p) => p.type.id).join(',')})`,
        name: '.ctor',
        isStatic: false,
        parameters,
      };
    }
    case 'operator':
    case 'conversion': {
      const scope = typeScope();
      const parameters = syntax.parameters.map((p) => parameterFrom(p, scope));
      const operator =
        syntax.kind === 'operator' ? syntax.operator : syntax.explicit ? 'explicit' : 'implicit';
      const returnType = resolveType(syntax.returns, scope);
      return {
        kind: 'operator',
        ...base,
        id: `${owner.fullName}.op[${operator}](${parameters.map((p) => p.type.id).join(',')}):${returnType.id}`,
        name: `operator ${operator}`,
        isStatic: true,
        operator,
        parameters,
        returnType,
      };
    }
  }
}

function parameterFrom(syntax: ParameterSyntax, scope: Scope): ParameterSymbol {
  const type = resolveType(syntax.type, scope);
  return {
    name: syntax.name,
    type,
    modifier: syntax.modifier,
    hasDefault: syntax.defaultValue !== null,
    defaultValue: syntax.defaultValue === null ? undefined : literalValue(syntax.defaultValue, type),
  };
}

/** The runtime value of a literal written in a signature (`false`, `-1`, `"x"`, `null`, `default`). */
function literalValue(text: string, type: Type): unknown {
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  const fullName = type.kind === 'named' ? type.definition.fullName : '';
  if (text === 'default') {
    if (type.kind === 'named' && type.definition.fullName === 'System.Nullable`1') return null;
    // Structs whose run-time form is a class instance (`DateTime`): the binder uses `default(T)`.
    if (type.kind === 'named' && type.definition.defaultValue !== null) return undefined;
    if (type.kind === 'named' && (type.definition.kind === 'struct' || type.definition.kind === 'enum')) {
      if (fullName === 'System.Boolean') return false;
      if (fullName === 'System.Int64' || fullName === 'System.UInt64') return 0n;
      return 0;
    }
    return null;
  }
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text.startsWith("'")) return text.charCodeAt(1);
  if (fullName === 'System.Int64' || fullName === 'System.UInt64')
    return BigInt(text.replace(/[lLuU]+$/, ''));
  const number = Number(text.replace(/[fFdDmMlLuU]+$/, ''));
  if (Number.isNaN(number)) throw new Error(`Cannot read the literal '${text}' of a signature`);
  return number;
}

/** Resolves a type written in a declaration. A name that does not resolve is a defect of the model. */
function resolveType(syntax: TypeSyntax, scope: Scope): Type {
  let type: Type;
  if (syntax.name === 'void') type = voidType;
  else if (syntax.arguments.length === 0 && scope.typeParameters.has(syntax.name))
    type = typeParameter(syntax.name);
  else {
    const definition = findDefinition(syntax.name, syntax.arguments.length, scope.namespace);
    if (definition === undefined) {
      throw new Error(
        `The model mentions an unknown type '${syntax.name}' (arity ${syntax.arguments.length})`,
      );
    }
    type = namedType(
      definition,
      syntax.arguments.map((argument) => resolveType(argument, scope)),
    );
  }
  if (
    syntax.nullable &&
    type.kind === 'named' &&
    (type.definition.kind === 'struct' || type.definition.kind === 'enum')
  ) {
    type = namedType(definitions.get('System.Nullable`1')!, [type]);
  }
  for (const rank of syntax.arrays) type = arrayType(type, rank);
  return type;
}

/** Finds a definition by keyword, full name, or simple name in the scope's namespaces. */
function findDefinition(name: string, arity: number, namespace: string): Definition | undefined {
  const keyword = keywords.get(name);
  if (keyword !== undefined && arity === 0) return keyword;
  const suffix = arity === 0 ? '' : `\`${arity}`;
  const direct = definitions.get(`${name}${suffix}`);
  if (direct !== undefined) return direct;
  for (const candidate of [namespace, ...importedNamespaces]) {
    const found = definitions.get(`${candidate}.${name}${suffix}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Adds a type to the model and returns its definition. */
export function declareType(declaration: TypeDeclaration): TypeDefinition {
  const definition = new Definition(declaration);
  if (definitions.has(definition.fullName)) throw new Error(`Type ${definition.fullName} is declared twice`);
  definitions.set(definition.fullName, definition);
  if (definition.keyword !== null) keywords.set(definition.keyword, definition);
  const parts = definition.namespace.split('.');
  for (let i = 1; i <= parts.length; i++) namespaces.add(parts.slice(0, i).join('.'));
  return definition;
}

/**
 * Adds members to a type declared elsewhere, so that several areas of the runtime library can
 * contribute to one type (`System.Convert`, `System.String`). Must run before the type's members
 * are first used.
 */
export function extendType(fullName: string, members: Readonly<Record<string, MemberDeclaration>>): void {
  const definition = definitions.get(fullName);
  if (definition === undefined) throw new Error(`extendType: ${fullName} is not declared`);
  definition.additions.push({ ...members });
}

/** The definition registered under a full name (`System.String`, `System.Collections.Generic.List`1`). */
export function definitionNamed(fullName: string): TypeDefinition | undefined {
  return definitions.get(fullName);
}

/** The definition behind a type keyword (`int`, `string`, `object`). */
export function definitionOfKeyword(keyword: string): TypeDefinition | undefined {
  return keywords.get(keyword);
}

/** Is `name` (`System`, `System.Text`) a namespace of the model? */
export function isNamespace(name: string): boolean {
  return namespaces.has(name);
}

/** Every registered definition. */
export function allDefinitions(): readonly TypeDefinition[] {
  return [...definitions.values()];
}

/**
 * The definitions a simple name denotes in a policy expression, where the imported namespaces
 * are in scope: `Encoding` is `System.Text.Encoding`. More than one result is an ambiguity.
 */
export function definitionsInScope(name: string, arity: number): TypeDefinition[] {
  const suffix = arity === 0 ? '' : `\`${arity}`;
  const found: TypeDefinition[] = [];
  for (const namespace of importedNamespaces) {
    const definition = definitions.get(`${namespace}.${name}${suffix}`);
    if (definition !== undefined) found.push(definition);
  }
  return found;
}

/** Resolves a type written as in a signature, in the imported namespaces: `List<string>`. */
export function typeFromText(text: string): Type {
  return resolveType(parseTypeSyntax(text), { typeParameters: new Set(), namespace: 'System' });
}

/**
 * The member with a stable id (`MemberSymbol.id`), for code compiled ahead of time, which names
 * the members it calls by id. Throws when the model has no such member.
 */
export function memberById(id: string): MemberSymbol {
  let owner: Definition | undefined;
  for (let end = id.indexOf('.'); end > 0; end = id.indexOf('.', end + 1)) {
    const candidate = definitions.get(id.slice(0, end));
    if (candidate !== undefined) owner = candidate;
  }
  if (owner !== undefined) {
    const found = owner.allMembers().find((member) => member.id === id);
    if (found !== undefined) return found;
  }
  throw new Error(`The model has no member '${id}'`);
}
