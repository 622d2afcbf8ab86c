/**
 * The little Markdown the agents write (paragraphs, "- " lists, **bold**, `code`), turned into
 * DOM nodes. Every piece of text becomes a text node, so nothing in a message is parsed as markup.
 */
import { h, type Child } from './dom';

function inline(text: string): Child[] {
  const parts: Child[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(match[1] !== undefined ? h('strong', null, match[1]) : h('code', null, match[2] ?? ''));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function richText(text: string): Child[] {
  const blocks: Child[] = [];
  let list: HTMLElement | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(h('p', null, inline(paragraph.join('\n'))));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const item = /^\s*[-*•]\s+(.*)$/.exec(line);
    if (item) {
      flush();
      list ??= h('ul', null);
      list.append(h('li', null, inline(item[1] ?? '')));
      continue;
    }
    if (list) {
      blocks.push(list);
      list = null;
    }
    if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  if (list) blocks.push(list);
  return blocks;
}
