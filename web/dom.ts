/**
 * DOM building for client code. Strings always become text nodes and attribute values go
 * through setAttribute, so data from specs, records, model output or chat is never parsed
 * as markup. There is deliberately no innerHTML here.
 */
import { safeUrl } from './safe-url';

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type AttrValue = string | number | boolean | null | undefined;

export interface Props {
  class?: string;
  /** Plain attributes; `false`/`null`/`undefined` omit the attribute, `true` sets it empty. */
  attrs?: Record<string, AttrValue>;
  dataset?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (child instanceof Node) {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if ((name === 'href' || name === 'src') && typeof value === 'string') {
      el.setAttribute(name, safeUrl(value));
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  Object.assign(el.dataset, props?.dataset ?? {});
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    el.addEventListener(type, listener as EventListener);
  }
  append(el, children);
  return el;
}

/** Replaces every child of `el`. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page has no element #${id}.`);
  return el as T;
}

/** Reads a `<script type="application/json">` island written by the server. */
export function readIsland<T>(id: string): T {
  return JSON.parse(byId(id).textContent ?? 'null') as T;
}
