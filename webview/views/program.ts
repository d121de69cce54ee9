/** The "Program" tab: the call stack with each frame's locals, and the output so far. */
import type { Snapshot } from '../../src/protocol/heap';
import { el, replaceChildren } from '../dom';
import { hex } from '../format';

export class ProgramView {
  readonly root: HTMLElement;
  private readonly frames = el('div', { class: 'frames' });
  private readonly out = el('pre', { class: 'output mono', 'aria-label': 'Program output so far' });

  constructor(private readonly select: (id: number) => void) {
    this.root = el('div', { class: 'program-view' }, el('h3', {}, 'Frames (innermost first)'), this.frames, el('h3', {}, 'Output so far'), this.out);
  }

  setSnapshot(s: Snapshot): void {
    if (s.frames.length === 0) replaceChildren(this.frames, el('p', { class: 'muted' }, 'No frame of this file is running.'));
    else
      replaceChildren(
        this.frames,
        ...s.frames.map((f) =>
          el(
            'details',
            { open: true, class: 'frame' },
            el('summary', {}, el('span', { class: 'mono' }, f.function), el('span', { class: 'muted' }, ` line ${f.line}`)),
            f.locals.length === 0
              ? el('p', { class: 'muted small' }, 'no locals')
              : el(
                  'table',
                  { class: 'plain locals' },
                  el(
                    'tbody',
                    {},
                    ...f.locals.map((v) => {
                      const id = v.id;
                      const name = id !== null ? el('button', { type: 'button', class: 'link mono', 'aria-label': `Select the object bound to ${v.name}` }, v.name) : el('span', { class: 'mono' }, v.name);
                      if (id !== null && name instanceof HTMLButtonElement) name.addEventListener('click', () => this.select(id));
                      return el('tr', {}, el('td', {}, name), el('td', { class: 'type' }, v.type), el('td', { class: 'mono muted' }, v.preview || (id !== null ? hex(id) : '')));
                    }),
                  ),
                ),
          ),
        ),
      );
    this.out.textContent = s.stdout + (s.stderr ? s.stderr : '');
    if (!s.stdout && !s.stderr) this.out.textContent = '(nothing printed yet)';
  }
}
