/**
 * Re-running the published findings on the model: load each finding's scenario files, simulate
 * them (each file once, however many findings read it), and judge every finding.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../core/scenario';
import { validateScenario } from '../scenario/validateScenario';
import { simulateEvidence, type EvidenceRun } from './evidenceRun';
import { FINDINGS, type Finding } from './findings';

/** Where the evidence scenarios live: evidence/<file>.json at the repository root. */
const EVIDENCE_DIR = fileURLToPath(new URL('../../evidence/', import.meta.url));

export interface EvidenceRow {
  id: string;
  source: string;
  published: string;
  expected: string;
  measured: string;
  holds: boolean;
}

export interface EvidenceOptions {
  /** Multiply every file's runs by this (rounded, at least 1); 1 = as written. */
  runScale?: number;
  /** Only these finding ids (default all). */
  only?: readonly string[];
  /** Called before each file is simulated. */
  onFile?: (file: string, done: number, total: number) => void;
}

/** Read and validate evidence/<file>.json; a broken evidence file is a programming error. */
export async function loadEvidenceScenario(file: string, runScale = 1): Promise<Scenario> {
  const text = await readFile(`${EVIDENCE_DIR}${file}.json`, 'utf8');
  const raw = JSON.parse(text) as { runs?: number };
  if (runScale !== 1 && typeof raw.runs === 'number') raw.runs = Math.max(1, Math.round(raw.runs * runScale));
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error(`evidence/${file}.json: ${checked.errors.join('; ')}`);
  return checked.scenario;
}

/** Run the findings and return one row each, in FINDINGS order. */
export async function runEvidence(options: EvidenceOptions = {}): Promise<EvidenceRow[]> {
  const findings: readonly Finding[] = options.only ? FINDINGS.filter((f) => options.only!.includes(f.id)) : FINDINGS;
  const files = [...new Set(findings.flatMap((f) => f.files))];
  const runs: Record<string, EvidenceRun> = {};
  for (const [k, file] of files.entries()) {
    options.onFile?.(file, k, files.length);
    runs[file] = simulateEvidence(await loadEvidenceScenario(file, options.runScale ?? 1));
  }
  return findings.map((f) => {
    const result = f.evaluate(runs);
    return { id: f.id, source: f.source, published: f.published, expected: f.expected, measured: result.measured, holds: result.holds };
  });
}
