/**
 * How `XmlWriter` escapes text (`XmlEncodedRawTextWriter`): `&`, `<` and `>` in content, line
 * breaks replaced by the writer's new line (`NewLineHandling.Replace`); in attribute values also
 * `"`, and tab, line feed and carriage return as character references.
 */

/** Element content, with every line break (`\r\n`, `\r`, `\n`) written as `newLine`. */
export function escapeText(text: string, newLine: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    switch (ch) {
      case '&':
        result += '&amp;';
        break;
      case '<':
        result += '&lt;';
        break;
      case '>':
        result += '&gt;';
        break;
      case '\r':
        if (text[i + 1] === '\n') i++;
        result += newLine;
        break;
      case '\n':
        result += newLine;
        break;
      default:
        result += ch;
    }
  }
  return result;
}

/** An attribute value between double quotes. */
export function escapeAttribute(text: string): string {
  let result = '';
  for (const ch of text) {
    switch (ch) {
      case '&':
        result += '&amp;';
        break;
      case '<':
        result += '&lt;';
        break;
      case '>':
        result += '&gt;';
        break;
      case '"':
        result += '&quot;';
        break;
      case '\t':
        result += '&#x9;';
        break;
      case '\n':
        result += '&#xA;';
        break;
      case '\r':
        result += '&#xD;';
        break;
      default:
        result += ch;
    }
  }
  return result;
}

/**
 * The text of a comment or processing instruction: a space keeps `--` (or `?>`) from closing
 * it early and a final `-` (or `?`) from touching the delimiter; line breaks as in content.
 */
export function escapeCommentOrPi(text: string, stop: '-' | '?', newLine: string): string {
  let result = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '-' && stop === '-' && result.endsWith('-')) result += ' ';
    if (ch === '>' && stop === '?' && result.endsWith('?')) result += ' ';
    if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      result += newLine;
    } else if (ch === '\n') {
      result += newLine;
    } else {
      result += ch;
    }
  }
  if (stop === '-' && result.endsWith('-')) result += ' ';
  return result;
}

/** A CDATA section's text: `]]>` is split across two sections. */
export function escapeCData(text: string): string {
  return text.replaceAll(']]>', ']]]]><![CDATA[>');
}
