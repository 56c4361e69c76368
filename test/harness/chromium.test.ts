/** Browser tests skip without Chromium on a developer's machine and fail when CI is set (test/e2e/chromium.ts). */
import { describe, expect, it } from 'vitest';
import { browserTestsRun, chromiumPath, isCI } from '../e2e/chromium';

const present = (paths: string[]) => (path: string) => paths.includes(path);

describe('browser tests and Chromium', () => {
  it('run when Chromium is at /usr/bin/chromium, on CI or not', () => {
    expect(browserTestsRun({}, present(['/usr/bin/chromium']))).toBe(true);
    expect(browserTestsRun({ CI: 'true' }, present(['/usr/bin/chromium']))).toBe(true);
  });

  it('are skipped without Chromium when CI is not set', () => {
    expect(browserTestsRun({}, present([]))).toBe(false);
    expect(browserTestsRun({ CI: '' }, present([]))).toBe(false);
    expect(browserTestsRun({ CI: 'false' }, present([]))).toBe(false);
    expect(browserTestsRun({ CI: '0' }, present([]))).toBe(false);
  });

  it('fail without Chromium when CI is set, naming the path', () => {
    for (const CI of ['true', '1', 'yes', 'TRUE']) {
      expect(() => browserTestsRun({ CI }, present([])), `CI=${CI}`).toThrow(/CI is set but Chromium is missing at \/usr\/bin\/chromium/);
    }
    expect(() => browserTestsRun({ CI: 'true', CHROMIUM_PATH: '/opt/chromium' }, present(['/usr/bin/chromium']))).toThrow(/missing at \/opt\/chromium/);
  });

  it('look for Chromium at CHROMIUM_PATH when it is set', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium' })).toBe('/opt/chromium');
    expect(browserTestsRun({ CI: 'true', CHROMIUM_PATH: '/opt/chromium' }, present(['/opt/chromium']))).toBe(true);
  });

  it('read CI as CI services set it', () => {
    expect([undefined, '', ' ', '0', 'false', 'False'].map((CI) => isCI({ CI }))).toEqual([false, false, false, false, false, false]);
    expect(['1', 'true', 'yes', 'github'].map((CI) => isCI({ CI }))).toEqual([true, true, true, true]);
  });
});
