/** Step-control icons as inline SVG (fonts in webviews and browsers lack the media-control glyphs). */
import { svg } from './dom';

const PATHS = {
  first: 'M3 2h2v12H3zM14 2v12L6 8z',
  back: 'M12 2v12L4 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  forward: 'M4 2v12l8-6z M12 2h2v12h-2z',
  last: 'M11 2h2v12h-2zM2 2v12l8-6z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  return svg('svg', { class: 'icon-svg', viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false' }, svg('path', { d: PATHS[name] }));
}
