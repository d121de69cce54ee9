/**
 * The reference graph of one object (ObjectDetail): who holds it on the left (each edge counted in its
 * refcount), what it holds on the right, the object in the middle. Edge labels say how (`.next`, `[3]`,
 * `local x`), with ×n when one holder accounts for several references; refcount not explained by any
 * edge appears as a dashed "unexplained" holder, so the left side always sums to the refcount.
 */
import type { ObjectDetail, ObjectView, RefEdge } from '../../src/protocol/heap';
import { svg } from '../dom';
import { hex, refcount } from '../format';
import { refcountSum } from './refs';

export { refcountSum };

const MAX_SIDE = 8;
const NODE_W = 150;
const NODE_H = 34;
const ROW = 44;
const WIDTH = 620;

export interface GraphEvents {
  /** a holder or referent that is a traced object was activated */
  select(id: number): void;
}

function edgeLabel(e: RefEdge): string {
  return e.count > 1 ? `${e.label} ×${e.count}` : e.label;
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
}

/** `objects`: the live objects at the detail's position (to name referents and make them clickable). */
export function referenceGraph(d: ObjectDetail, objects: Map<number, ObjectView>, events: GraphEvents): SVGSVGElement {
  const left: (RefEdge | { unexplained: number })[] = d.referrers.slice(0, MAX_SIDE);
  if (d.unexplained > 0) left.push({ unexplained: d.unexplained });
  const right = d.referents.slice(0, MAX_SIDE);
  const rows = Math.max(1, left.length, right.length);
  const height = rows * ROW + 28;
  const root = svg('svg', {
    class: 'ref-graph',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    role: 'group',
    'aria-label': `References of ${d.object.type} ${hex(d.object.id)}: ${d.referrers.length} holders, ${d.referents.length} referents. ${refcountSum(d)}`,
  });
  root.append(
    svg('text', { x: 4, y: 12, class: 'g-heading' }, `held by (refcount ${refcount(d.object.refcount)})`),
    svg('text', { x: WIDTH - 4, y: 12, class: 'g-heading', 'text-anchor': 'end' }, `refers to (${d.referents.length})`),
  );
  const cx = WIDTH / 2 - NODE_W / 2;
  const cy = 20 + (rows * ROW) / 2 - NODE_H / 2;
  const rowY = (i: number, n: number): number => 20 + ((rows - n) * ROW) / 2 + i * ROW + (ROW - NODE_H) / 2;
  const edges = svg('g', { class: 'g-edges' });
  const nodes = svg('g', { class: 'g-nodes' });
  root.append(edges, nodes);

  const node = (x: number, y: number, title: string, sub: string, cls: string, id: number | null, label: string): SVGGElement => {
    const clickable = id !== null && objects.has(id) && id !== d.object.id;
    const g = svg('g', { class: `g-node ${cls}${clickable ? ' g-link' : ''}`, transform: `translate(${x},${y})` });
    g.append(
      svg('rect', { width: NODE_W, height: NODE_H, rx: 4 }),
      svg('text', { x: 8, y: 14, class: 'g-title' }, truncate(title, 20)),
      svg('text', { x: 8, y: 28, class: 'g-sub' }, truncate(sub, 24)),
    );
    if (clickable) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `${label}: select ${title}`);
      g.addEventListener('click', () => events.select(id));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          events.select(id);
        }
      });
    }
    return g;
  };
  const edge = (x1: number, y1: number, x2: number, y2: number, text: string, dashed: boolean): void => {
    edges.append(svg('line', { x1, y1, x2, y2, class: dashed ? 'g-edge g-dashed' : 'g-edge', 'marker-end': 'url(#g-arrow)' }));
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2 - 3;
    edges.append(svg('text', { x: mx, y: my, class: 'g-label', 'text-anchor': 'middle' }, truncate(text, 22)));
  };
  root.prepend(
    svg('defs', {}, svg('marker', { id: 'g-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'g-arrowhead' }))),
  );

  left.forEach((e, i) => {
    const y = rowY(i, left.length);
    if ('unexplained' in e) {
      nodes.append(node(4, y, 'unexplained', `${e.unexplained} ref${e.unexplained === 1 ? '' : 's'} (C level)`, 'g-unexplained', null, 'unexplained'));
      edge(4 + NODE_W, y + NODE_H / 2, cx, cy + NODE_H / 2, `×${e.unexplained}`, true);
      return;
    }
    const sub = e.from === null ? 'frame / interpreter' : hex(e.from);
    nodes.append(node(4, y, e.fromType || 'frame', sub, 'g-holder', e.from, `holder via ${e.label}`));
    edge(4 + NODE_W, y + NODE_H / 2, cx, cy + NODE_H / 2, edgeLabel(e), false);
  });
  right.forEach((e, i) => {
    const y = rowY(i, right.length);
    const x = WIDTH - NODE_W - 4;
    const o = objects.get(e.to);
    nodes.append(node(x, y, o ? `${o.type}${o.preview ? ' ' + o.preview : ''}` : 'object', e.to ? hex(e.to) : 'not traced', 'g-referent', e.to, `referent ${e.label}`));
    edge(cx + NODE_W, cy + NODE_H / 2, x, y + NODE_H / 2, edgeLabel(e), false);
  });
  nodes.append(node(cx, cy, d.object.type, `${hex(d.object.id)} · refs ${refcount(d.object.refcount)}`, 'g-centre', null, 'selected object'));
  const more: string[] = [];
  if (d.referrers.length > MAX_SIDE) more.push(`+${d.referrers.length - MAX_SIDE} more holders`);
  if (d.referents.length > MAX_SIDE) more.push(`+${d.referents.length - MAX_SIDE} more referents`);
  if (more.length) root.append(svg('text', { x: WIDTH / 2, y: height - 4, class: 'g-sub', 'text-anchor': 'middle' }, more.join(' · ')));
  return root;
}
