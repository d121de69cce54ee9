/**
 * Colours for the canvas views, read from CSS custom properties (webview/styles/panel.css). The CSS maps
 * them to VS Code's theme variables (`--vscode-charts-blue`…) with fallbacks for a page outside VS Code
 * (light or dark by `prefers-color-scheme`), so canvases follow the same theme as the DOM. Re-read when
 * the theme changes (VS Code swaps the body class; the browser fires a media-query change).
 */
import { BLOCK_CHARS, type BlockChar } from '../src/protocol/heap';
import { CATEGORICAL_COUNT, type Palette } from './palette';

export { typeColourIndex, type Palette } from './palette';

let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour → [r, g, b, a] (via a 1×1 canvas, so named colours and color-mix() work too). */
export function rgba(css: string): [number, number, number, number] {
  probe ??= (() => {
    const c = document.createElement('canvas');
    c.width = c.height = 1;
    return c.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  })();
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const d = probe.getImageData(0, 0, 1, 1).data;
  return [d[0], d[1], d[2], d[3]];
}

export function pixel(css: string): number {
  const [r, g, b, a] = rgba(css);
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

const BLOCK_VARS: Record<keyof typeof BLOCK_CHARS, string> = {
  untouched: '--hs-block-untouched',
  free: '--hs-block-free',
  object: '--hs-block-object',
  buffer: '--hs-block-buffer',
  runtime: '--hs-block-runtime',
  freelist: '--hs-block-freelist',
};

export function readPalette(root: Element = document.body): Palette {
  const cs = getComputedStyle(root);
  const v = (name: string): string => cs.getPropertyValue(name).trim() || 'magenta';
  const block = new Uint32Array(128);
  const blockCss = {} as Record<BlockChar, string>;
  for (const [state, ch] of Object.entries(BLOCK_CHARS) as [keyof typeof BLOCK_CHARS, BlockChar][]) {
    blockCss[ch] = v(BLOCK_VARS[state]);
    block[ch.charCodeAt(0)] = pixel(blockCss[ch]);
  }
  const categoricalCss = Array.from({ length: CATEGORICAL_COUNT }, (_, i) => v(`--hs-cat-${i}`));
  const generationCss = ['--hs-gen-0', '--hs-gen-1', '--hs-gen-2', '--hs-gen-permanent', '--hs-gen-untracked', '--hs-gen-none', '--hs-gen-unreachable'].map(v);
  return {
    block,
    blockCss,
    emptyPool: pixel(v('--hs-pool-empty')),
    uncarvedPool: pixel(v('--hs-pool-uncarved')),
    background: pixel(v('--hs-bg')),
    categorical: categoricalCss.map(pixel),
    categoricalCss,
    generation: generationCss.map(pixel),
    generationCss,
    fg: v('--hs-fg'),
    muted: v('--hs-muted'),
    accent: v('--hs-accent'),
    selection: v('--hs-selection'),
    series: { bytes: v('--hs-series-bytes'), objects: v('--hs-series-objects'), arenas: v('--hs-series-arenas') },
    gcCss: generationCss.slice(0, 3),
    font: `${cs.getPropertyValue('--hs-canvas-font-size').trim() || '11px'} ${cs.fontFamily || 'sans-serif'}`,
  };
}

/** Call `onChange` when the VS Code theme (body class) or the OS colour scheme changes. */
export function watchTheme(onChange: () => void): void {
  new MutationObserver(onChange).observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
}
