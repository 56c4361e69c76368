/**
 * Every download of the page (src/ui/export/download.ts): a temporary `<a download>` on a blob:
 * URL, clicked once, taken out of the page, its URL revoked only later (some browsers read it
 * after click() returns). A minimal document and URL stand in for the browser's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadText } from '../../../src/ui/export/download';

interface FakeAnchor {
  href: string;
  download: string;
  rel: string;
  clicks: number;
  inPage: boolean;
  click(): void;
  remove(): void;
}

let anchors: FakeAnchor[];
let blobs: Map<string, Blob>;
let revoked: string[];

beforeEach(() => {
  vi.useFakeTimers();
  anchors = [];
  blobs = new Map();
  revoked = [];
  const createElement = (tag: string): FakeAnchor => {
    expect(tag).toBe('a');
    const a: FakeAnchor = {
      href: '',
      download: '',
      rel: '',
      clicks: 0,
      inPage: false,
      click() {
        expect(this.inPage).toBe(true); // Firefox ignores a click on a detached link
        this.clicks++;
      },
      remove() {
        this.inPage = false;
      },
    };
    anchors.push(a);
    return a;
  };
  vi.stubGlobal('document', { createElement, body: { appendChild: (a: FakeAnchor) => ((a.inPage = true), a) } });
  vi.stubGlobal('URL', {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('downloadBlob', () => {
  it('clicks one temporary link to the blob under the file name, removes it, and revokes the URL only later', () => {
    const blob = new Blob(['x']);
    downloadBlob(blob, 'chart.png');
    expect(anchors).toHaveLength(1);
    const [a] = anchors;
    expect({ href: a.href, download: a.download, rel: a.rel, clicks: a.clicks, inPage: a.inPage }).toEqual({
      href: 'blob:test/0',
      download: 'chart.png',
      rel: 'noopener',
      clicks: 1,
      inPage: false,
    });
    expect(blobs.get(a.href)).toBe(blob);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(10_000);
    expect(revoked).toEqual(['blob:test/0']);
  });
});

describe('downloadText', () => {
  it('saves the text as a blob of the type given, byte for byte', async () => {
    const text = '\ufeffstrategy,ROI\n"2 KOLs, 20 seeds",+25%\n中文\n';
    downloadText(text, 'summary.csv', 'text/csv;charset=utf-8');
    const blob = blobs.get(anchors[0].href)!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new TextEncoder().encode(text));
    expect(anchors[0].download).toBe('summary.csv');
  });
});
