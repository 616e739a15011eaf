import type { CheckedExpression, ContentNode, ElementNode, PolicyDocument } from '@apim-policy/engine';
import type { Rule, RuleContext } from '../../types.js';
import { isAlwaysTrue } from './constant-condition.js';

/** Policies that end the request's processing: nothing after them in the same list runs. */
const ENDING: ReadonlySet<string> = new Set(['return-response', 'mock-response']);

/**
 * Elements whose children run one after another (`wait` is left out: its children run side by
 * side). Sections, a fragment's root and a snippet's top level are sequences too.
 */
const SEQUENCES: ReadonlySet<string> = new Set(['when', 'otherwise', 'block', 'retry', 'limit-concurrency']);

/**
 * `unreachable-branch`: policy that can never run. In a `<choose>`, the `<when>`s after one
 * whose condition is always true, and the `<otherwise>`; in any list of policies, everything after
 * `<return-response>` or `<mock-response>`, which end the request's processing.
 */
export const rule: Rule = {
  id: 'unreachable-branch',
  defaultSeverity: 'warning',
  description:
    'A <when> after an always-true one, or a policy after <return-response>/<mock-response>: it never runs.',
  messages: {
    afterAlwaysTrue:
      'This <{name}> never runs: the <when> on line {line} before it has a condition that is always true',
    afterEnding:
      "'<{name}>' never runs: the <{ending}> on line {line} before it ends the request's processing",
  },
  check(context) {
    for (const sequence of sequencesOf(context.document)) checkSequence(sequence, context);
    forEachElement(context.document.children, (element) => {
      if (element.name === 'choose') checkChoose(element, context.expressions, context);
    });
  },
};

function checkChoose(
  choose: ElementNode,
  expressions: readonly CheckedExpression[],
  context: RuleContext,
): void {
  let alwaysTrue: ElementNode | null = null;
  for (const branch of elementsOf(choose.children)) {
    if (branch.name !== 'when' && branch.name !== 'otherwise') continue;
    if (alwaysTrue !== null) {
      context.report({
        range: branch.startTagRange,
        message: 'afterAlwaysTrue',
        data: { name: branch.name, line: alwaysTrue.loc.start.line },
      });
      continue;
    }
    const condition = branch.attributes.find((attribute) => attribute.name === 'condition');
    if (branch.name === 'when' && condition !== undefined && isAlwaysTrue(condition, expressions))
      alwaysTrue = branch;
  }
}

function checkSequence(policies: readonly ElementNode[], context: RuleContext): void {
  const ending = policies.find((policy) => ENDING.has(policy.name));
  if (ending === undefined) return;
  for (const policy of policies.slice(policies.indexOf(ending) + 1))
    context.report({
      range: policy.startTagRange,
      message: 'afterEnding',
      data: { name: policy.name, ending: ending.name, line: ending.loc.start.line },
    });
}

/** Every list of policies of the document that runs in order. */
function sequencesOf(document: PolicyDocument): (readonly ElementNode[])[] {
  const sequences: (readonly ElementNode[])[] = [];
  if (document.kind === 'policies')
    for (const section of Object.values(document.sections)) sequences.push(elementsOf(section.children));
  else sequences.push(document.policies);
  forEachElement(document.children, (element) => {
    if (SEQUENCES.has(element.name)) sequences.push(elementsOf(element.children));
  });
  return sequences;
}

function elementsOf(nodes: readonly ContentNode[]): ElementNode[] {
  return nodes.filter((node): node is ElementNode => node.type === 'Element');
}

function forEachElement(nodes: readonly ContentNode[], visit: (element: ElementNode) => void): void {
  for (const node of nodes) {
    if (node.type !== 'Element') continue;
    visit(node);
    forEachElement(node.children, visit);
  }
}
