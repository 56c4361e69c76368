import { describe, expect, it } from 'vitest';
import { drawsSettled, pendingDraws, queueDraw } from '../../../src/ui/charts/elements/drawQueue';

describe('drawQueue', () => {
  it('draws later, in the order asked, once however often a chart asks before its turn', async () => {
    const log: string[] = [];
    const a = () => log.push('a');
    const b = () => log.push('b');
    queueDraw(a);
    queueDraw(b);
    queueDraw(a);
    expect(log).toEqual([]);
    expect(pendingDraws()).toBe(2);
    await drawsSettled();
    expect(log).toEqual(['a', 'b']);
    expect(pendingDraws()).toBe(0);
  });

  it('draws each chart in a task of its own: what the first schedules as a microtask runs before the second draws', async () => {
    const log: string[] = [];
    queueDraw(() => {
      log.push('a');
      queueMicrotask(() => log.push('a: microtask'));
    });
    queueDraw(() => log.push('b'));
    await drawsSettled();
    expect(log).toEqual(['a', 'a: microtask', 'b']);
  });

  it('a chart that asks again while being drawn is drawn again, after the others', async () => {
    const log: string[] = [];
    let again = true;
    const a = () => {
      log.push('a');
      if (again) {
        again = false;
        queueDraw(a);
      }
    };
    queueDraw(a);
    queueDraw(() => log.push('b'));
    await drawsSettled();
    expect(log).toEqual(['a', 'b', 'a']);
  });

  it('settles at once when nothing waits', async () => {
    await expect(drawsSettled()).resolves.toBeUndefined();
  });
});
