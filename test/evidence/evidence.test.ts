/**
 * The evidence suite: every published finding in src/evidence/findings.ts must hold on the model,
 * at the run counts written in evidence/*.json (chosen so the suite takes about ten seconds on
 * one core while each finding's margin stays well outside its Monte Carlo noise; the README table
 * gives the measured values). Seeds are the files' own, so the outcome is deterministic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FINDINGS } from '../../src/evidence/findings';
import { runEvidence, type EvidenceRow } from '../../src/evidence/runEvidence';
import { loadEvidenceScenario } from '../../src/evidence/runEvidence';

let rows: EvidenceRow[] = [];
beforeAll(async () => {
  rows = await runEvidence();
});

describe('what research says, and what the model does', () => {
  it('covers at least ten findings, each with a source, a published result and an expectation', () => {
    expect(FINDINGS.length).toBeGreaterThanOrEqual(10);
    for (const f of FINDINGS) {
      expect(f.source).toMatch(/\(\d{4}\)/);
      expect(f.published.length).toBeGreaterThan(40);
      expect(f.expected.length).toBeGreaterThan(40);
    }
    expect(new Set(FINDINGS.map((f) => f.id)).size).toBe(FINDINGS.length);
  });

  it.each(FINDINGS.map((f) => [f.id]))('%s holds', (id) => {
    const row = rows.find((r) => r.id === id)!;
    expect(row, `no result for ${id}`).toBeDefined();
    expect(row.holds, `${id}: expected ${row.expected}; measured ${row.measured}`).toBe(true);
  });

  it('every evidence scenario is a valid public scenario file (version 2)', async () => {
    for (const file of new Set(FINDINGS.flatMap((f) => f.files))) {
      const scenario = await loadEvidenceScenario(file);
      expect(scenario.version).toBe(2);
      expect(scenario.model.kind).toBe('dividend');
    }
  });
});
