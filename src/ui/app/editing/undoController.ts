/**
 * Undo / redo for the page (a Lit reactive controller on `<dl-app>`): records each new working
 * state ({draft, colors}) in a bounded EditHistory, merges a slider drag (edits of one path in
 * quick succession) into one step, and answers Ctrl/Cmd+Z (undo), Ctrl/Cmd+Shift+Z and Ctrl+Y
 * (redo) anywhere on the page — except in a text box, where the browser's own undo of the typing
 * is what the user means.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Draft } from '../draft';
import { EditHistory } from './editHistory';

export interface EditSnapshot {
  draft: Draft;
  colors: number[];
}

/** Inputs whose own undo (of typed text) wins over the page's. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password']);

function isTextEditing(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

export class UndoController implements ReactiveController {
  readonly history = new EditHistory<EditSnapshot>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Show a state from the history (without recording it again). */
    private readonly apply: (state: EditSnapshot) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
  }

  /** A new working state; `group` (the edited path) merges a burst of edits of one control. */
  record(state: EditSnapshot, group: string | null): void {
    this.history.record(state, group, performance.now());
    this.host.requestUpdate();
  }

  undo(): void {
    const state = this.history.undo();
    if (state) this.apply(state);
    this.host.requestUpdate();
  }

  redo(): void {
    const state = this.history.redo();
    if (state) this.apply(state);
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey);
    const undo = key === 'z' && !e.shiftKey;
    if ((!undo && !redo) || isTextEditing(e.composedPath()[0])) return;
    e.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };
}
