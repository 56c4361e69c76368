/**
 * The page's passing messages (state held for the page: a change re-renders the host; with no lifecycle of its own it is not registered with addController): "Opened file.json",
 * "Link copied", a worker that was replaced, a refused link. At most four are shown, the newest
 * last; a repeated text replaces its earlier copy, and a `key` replaces earlier messages that start
 * with it (e.g. one storage warning, however often saving fails).
 */
import type { ReactiveControllerHost } from 'lit';
import { escapeControl } from '../../../scenario/controlText';

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

/** Messages kept on screen at once. */
export const MAX_NOTICES = 4;

export class NoticeList {
  items: readonly Notice[] = [];
  private lastId = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Show a message; `key` replaces an earlier message whose text starts with it. */
  notify(kind: NoticeKind, text: string, key?: string): void {
    const id = ++this.lastId;
    const rest = this.items.filter((n) => n.text !== text && (key === undefined || !n.text.startsWith(key)));
    // A notice may quote a link or file (a lesson id, a parser's message): never its control characters.
    this.items = [...rest, { id, kind, text: escapeControl(text) }].slice(-MAX_NOTICES);
    this.host.requestUpdate();
  }

  /** Forget every message. */
  clear(): void {
    this.items = [];
    this.host.requestUpdate();
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }
}
