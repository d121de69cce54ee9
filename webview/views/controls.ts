/**
 * Step controls (first, back, play/pause with speed, forward, last, previous/next allocation, free and
 * collection, a slider over every position) and the "now" strip: the line about to run and what that
 * line did when it ran (allocations, frees, reference changes, collections).
 */
import type { CurrentLineActivity, Snapshot, StepKind, TimelineView } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { bytes, hex, int, ordinal } from '../format';
import { icon, type IconName } from '../icons';

export interface ControlsEvents {
  seek(position: number): void;
  step(delta: number): void;
  find(kind: StepKind, dir: 1 | -1): void;
  togglePlay(): void;
  speed(perSecond: number): void;
}

export const SPEEDS = [1, 2, 5, 10, 25, 60];

/** Keyboard shortcuts (shown in tooltips and the help line). Plain keys act when focus is not in a text field. */
export const SHORTCUTS = {
  first: 'Home',
  back: 'ArrowLeft',
  forward: 'ArrowRight',
  last: 'End',
  play: ' ',
  alloc: 'a',
  free: 'f',
  gc: 'g',
} as const;

const FIND_WORDS: Record<Exclude<StepKind, 'line'>, string> = { alloc: 'allocation', free: 'free', gc: 'collection' };

export class Controls {
  readonly root: HTMLElement;
  readonly slider: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly label = el('span', { class: 'position', 'aria-live': 'off' });
  private readonly buttons: HTMLButtonElement[] = [];

  constructor(private readonly events: ControlsEvents) {
    const button = (content: string | IconName, label: string, key: string, onClick: () => void, cls = ''): HTMLButtonElement => {
      const face = content.length > 1 ? icon(content as IconName) : content;
      const b = el('button', { type: 'button', class: `icon ${cls}`, 'aria-label': label, title: `${label} (${key})`, 'aria-keyshortcuts': key }, face);
      b.addEventListener('click', onClick);
      this.buttons.push(b);
      return b;
    };
    this.playButton = button('play', 'Play', 'Space', () => events.togglePlay(), 'play');
    this.slider = el('input', { type: 'range', class: 'slider', min: 0, max: 0, value: 0, step: 1, 'aria-label': 'Position in the run' });
    this.slider.addEventListener('input', () => events.seek(Number(this.slider.value)));
    const speed = el('select', { class: 'speed', 'aria-label': 'Playback speed (lines per second)', title: 'Playback speed' }, ...SPEEDS.map((n) => el('option', { value: n, selected: n === 5 }, `${n}/s`)));
    speed.addEventListener('change', () => events.speed(Number(speed.value)));
    const finders = (['alloc', 'free', 'gc'] as const).map((k) =>
      el(
        'span',
        { class: 'finder', role: 'group', 'aria-label': `Find ${FIND_WORDS[k]}` },
        button('\u2039', `Previous ${FIND_WORDS[k]}`, `Shift+${k.toUpperCase()}`, () => events.find(k, -1), 'small'),
        el('span', { class: `finder-label kind-${k}` }, FIND_WORDS[k] === 'collection' ? 'gc' : FIND_WORDS[k] === 'allocation' ? 'alloc' : 'free'),
        button('\u203A', `Next ${FIND_WORDS[k]}`, k.toUpperCase(), () => events.find(k, 1), 'small'),
      ),
    );
    this.root = el(
      'div',
      { class: 'controls', role: 'toolbar', 'aria-label': 'Step through the run' },
      button('first', 'First position', 'Home', () => events.seek(0)),
      button('back', 'Step back one line', 'ArrowLeft', () => events.step(-1)),
      this.playButton,
      button('forward', 'Step forward one line', 'ArrowRight', () => events.step(1)),
      button('last', 'Last position', 'End', () => events.seek(Number.MAX_SAFE_INTEGER)),
      speed,
      this.slider,
      this.label,
      el('span', { class: 'finders' }, ...finders),
    );
  }

  setTimeline(t: TimelineView): void {
    this.slider.min = String(t.window.first);
    this.slider.max = String(t.window.last);
  }

  setPosition(s: Snapshot, t: TimelineView): void {
    this.slider.value = String(s.position);
    const where = s.position === 0 ? 'start' : s.position > t.count ? 'end' : `line ${s.line}`;
    this.label.textContent = `${int(s.position)} / ${int(t.count + 1)} · ${where}`;
    this.slider.setAttribute('aria-valuetext', `position ${s.position} of ${t.count + 1}, ${where}`);
  }

  setPlaying(playing: boolean): void {
    this.playButton.replaceChildren(icon(playing ? 'pause' : 'play'));
    this.playButton.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    this.playButton.title = `${playing ? 'Pause' : 'Play'} (Space)`;
    this.playButton.setAttribute('aria-pressed', String(playing));
  }
}

/** The "now" strip. */
export class NowView {
  readonly root = el('section', { class: 'now', 'aria-label': 'Current line', 'aria-live': 'polite' });
  private lines: string[] = [];

  constructor(private readonly reveal: (line: number) => void) {}

  setSource(source: string): void {
    this.lines = source.split(/\r\n|\r|\n/);
  }

  setSnapshot(s: Snapshot, count: number): void {
    const head =
      s.position === 0
        ? el('div', { class: 'now-head' }, el('strong', {}, 'Start'), ' \u2014 before the first line runs')
        : s.position > count
          ? el('div', { class: 'now-head' }, el('strong', {}, 'End'), ' \u2014 the module has finished; what is left is what the program leaves behind')
          : this.lineHead(s.line, s.current);
    replaceChildren(this.root, head, s.current ? activity(s.current) : null, s.exact ? null : el('div', { class: 'warn small' }, 'Refcounts at this position are approximate (very long run).'));
  }

  private lineHead(line: number, cur: CurrentLineActivity | null): HTMLElement {
    const b = el('button', { type: 'button', class: 'link', 'aria-label': `Go to line ${line} in the editor` }, `line ${line}`);
    b.addEventListener('click', () => this.reveal(line));
    const text = (this.lines[line - 1] ?? '').trim();
    return el(
      'div',
      { class: 'now-head' },
      el('span', { class: 'now-label' }, 'Next: '),
      b,
      cur && cur.execution > 1 ? el('span', { class: 'muted' }, ` (${ordinal(cur.execution)} time)`) : null,
      ' ',
      el('code', { class: 'now-code' }, text),
    );
  }
}

function activity(c: CurrentLineActivity): HTMLElement {
  const items: HTMLElement[] = [];
  const MAX = 6;
  const chip = (cls: string, text: string, title = ''): void => {
    items.push(el('span', { class: `chip ${cls}`, title }, text));
  };
  for (const a of c.allocs.slice(0, MAX)) chip('alloc', `+ ${a.type} ${a.size} B`, `allocated ${a.type} ${hex(a.id)}: ${a.size} B requested, ${a.blockSize}-byte block at ${hex(a.address)}`);
  if (c.allocs.length > MAX) chip('alloc', `+ ${c.allocs.length - MAX} more (${bytes(c.allocs.slice(MAX).reduce((n, a) => n + a.size, 0))})`);
  for (const f of c.frees.slice(0, MAX)) chip('free', `\u2212 ${f.type} ${f.size} B`, `freed ${f.type} ${hex(f.id)} (${f.size} B)`);
  if (c.frees.length > MAX) chip('free', `\u2212 ${c.frees.length - MAX} more (${bytes(c.frees.slice(MAX).reduce((n, a) => n + a.size, 0))})`);
  for (const r of c.refChanges.slice(0, MAX)) chip('ref', `${r.name}: refs ${r.before}\u2192${r.after}`, r.cause);
  for (const g of c.collections) chip('gc', `gc gen ${g.generation}: ${g.collected} collected`, `${g.unreachable} unreachable, ${g.promoted} promoted`);
  if (items.length === 0) return el('div', { class: 'now-activity muted small' }, 'Running it allocates and frees nothing.');
  return el('div', { class: 'now-activity' }, el('span', { class: 'now-label' }, 'Running it: '), ...items);
}
