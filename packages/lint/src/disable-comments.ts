import type { CommentNode, ContentNode, PolicyDocument } from '@apim-policy/engine';

/** The directive a disable comment starts with. */
export const DISABLE_NEXT_LINE = 'apim-policy-disable-next-line';

/** One `<!-- apim-policy-disable-next-line ... -->` comment of a document. */
export interface DisableComment {
  readonly comment: CommentNode;
  /** The ids it names, each with its range in the file; empty: every finding. */
  readonly ids: readonly { readonly id: string; readonly range: readonly [number, number] }[];
  /** The line whose findings it suppresses (1-based): the one after the comment's last line. */
  readonly line: number;
}

/**
 * The disable comments of a document, in file order. The ids follow the directive, separated by
 * commas or spaces: `<!-- apim-policy-disable-next-line missing-base, unknown-attribute -->`.
 */
export function findDisableComments(document: PolicyDocument): DisableComment[] {
  const found: DisableComment[] = [];
  const visit = (nodes: readonly ContentNode[]) => {
    for (const node of nodes) {
      if (node.type === 'Element') visit(node.children);
      else if (node.type === 'Comment') {
        const parsed = parseDisableComment(node);
        if (parsed !== null) found.push(parsed);
      }
    }
  };
  visit(document.children);
  return found.sort((a, b) => a.comment.range[0] - b.comment.range[0]);
}

function parseDisableComment(comment: CommentNode): DisableComment | null {
  const leading = comment.value.length - comment.value.trimStart().length;
  const body = comment.value.slice(leading);
  if (!body.startsWith(DISABLE_NEXT_LINE)) return null;
  const rest = body.slice(DISABLE_NEXT_LINE.length);
  if (rest !== '' && !/^[\s,]/.test(rest)) return null;
  // The comment's value starts after `<!--`.
  const restStart = comment.range[0] + 4 + leading + DISABLE_NEXT_LINE.length;
  const ids: { id: string; range: readonly [number, number] }[] = [];
  const pattern = /[^\s,]+/g;
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest))
    ids.push({ id: match[0], range: [restStart + match.index, restStart + match.index + match[0].length] });
  return { comment, ids, line: comment.loc.end.line + 1 };
}
