import { describe, expect, it } from 'vitest';
import { rootKey } from '../../../src/core/random';
import { AgentTraits } from '../../../src/core/dividend/agentTraits';
import { TraitMemo, traitMemoFor } from '../../../src/core/dividend/traitMemo';
import { exactModel } from './helpers';

const root = rootKey('memo');
const spread = exactModel({ conversion: { threshold: 2.5, spread: 0.7 }, fatigue: { tolerance: 3, spread: 0.5 }, engagementSpread: 0.5 });

/** What drawAll gives for `agent`, on a fresh AgentTraits (no memo involved). */
function direct(run: number, model: typeof spread, agent: number): number[] {
  const t = new AgentTraits(root, run, model);
  t.drawAll(agent);
  return [...t.drawn];
}

describe('TraitMemo', () => {
  it('gives exactly drawAll, for agents drawn now and agents a previous strategy of the run drew', () => {
    const memo = new TraitMemo(100);
    const first = new AgentTraits(root, 2, spread);
    memo.open(first);
    for (const agent of [3, 50, 99]) {
      memo.draw(agent);
      expect([...first.drawn]).toEqual(direct(2, spread, agent));
    }
    // The next strategy of run 2: a new AgentTraits of the same population.
    const second = new AgentTraits(root, 2, spread);
    memo.open(second);
    for (const agent of [50, 3, 7, 99]) {
      memo.draw(agent);
      expect([...second.drawn]).toEqual(direct(2, spread, agent));
    }
  });

  it('forgets the entries of another run or other distributions', () => {
    const memo = new TraitMemo(10);
    memo.open(new AgentTraits(root, 0, spread));
    memo.draw(4);
    const nextRun = new AgentTraits(root, 1, spread);
    memo.open(nextRun);
    memo.draw(4);
    expect([...nextRun.drawn]).toEqual(direct(1, spread, 4));
    expect(direct(1, spread, 4)).not.toEqual(direct(0, spread, 4));

    const wider = exactModel({ conversion: { threshold: 2.5, spread: 1.2 }, fatigue: { tolerance: 3, spread: 0.5 }, engagementSpread: 0.5 });
    const otherModel = new AgentTraits(root, 1, wider);
    memo.open(otherModel);
    memo.draw(4);
    expect([...otherModel.drawn]).toEqual(direct(1, wider, 4));
    expect(direct(1, wider, 4)[0]).not.toBe(direct(1, spread, 4)[0]);
  });

  it('is one per thread and node count', () => {
    const a = traitMemoFor(new AgentTraits(root, 0, spread), 10);
    expect(traitMemoFor(new AgentTraits(root, 0, spread), 10)).toBe(a);
    expect(traitMemoFor(new AgentTraits(root, 0, spread), 11)).not.toBe(a);
  });
});
