/**
 * Tiny DOM helpers for the panel (no framework). Everything the panel shows is built with `el` and
 * `text`: no `innerHTML` with data, so program output and names can never inject markup, and no
 * inline `style=""` attributes (the CSP forbids them; `element.style.x = …` through the CSSOM is fine).
 */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** `el('button', { class: 'x', 'aria-label': 'Play' }, 'Play')`. `null`/`false` attributes are omitted. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function setAttrs(e: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(e: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace all children of `e`. */
export function replaceChildren(e: Element, ...children: Child[]): void {
  e.replaceChildren();
  append(e, children);
}
