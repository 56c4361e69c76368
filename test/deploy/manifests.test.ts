/**
 * Schema checks of the deployment recipes under deploy/: the Kubernetes manifests parse (strict
 * YAML subset) and carry what sharding needs — an Indexed Job whose completion index is the shard
 * and whose completions match N, parts written to a shared volume the merge Job reads — and the
 * Slurm and GNU parallel scripts are valid bash that pass the array index / job slot as --shard.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYamlSubset, type YamlValue } from './yamlSubset';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const deploy = fileURLToPath(new URL('../../deploy/', import.meta.url));
/** GNU parallel is not needed by the project; where it is installed, its recipe runs for real. */
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
const read = (path: string) => readFileSync(deploy + path, 'utf8');
type Obj = { [key: string]: YamlValue };

/** The value at a dotted path ("spec.template.spec"), failing the test when a step is missing. */
function at(doc: YamlValue, path: string): YamlValue {
  let v: YamlValue = doc;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !(key in v)) throw new Error(`missing ${path} (at ${key})`);
    v = v[key];
  }
  return v;
}
const list = (v: YamlValue): Obj[] => {
  expect(Array.isArray(v)).toBe(true);
  return v as Obj[];
};
const envOf = (container: Obj) => Object.fromEntries(list(container.env).map((e) => [e.name, e.value]));

describe('deploy/kubernetes', () => {
  const shards = parseYamlSubset(read('kubernetes/shards-job.yaml'));
  const merge = parseYamlSubset(read('kubernetes/merge-job.yaml'));
  const pvc = parseYamlSubset(read('kubernetes/results-pvc.yaml'));

  it('the shards Job is an Indexed Job whose completion index is the shard and completions = N', () => {
    expect(at(shards, 'apiVersion')).toBe('batch/v1');
    expect(at(shards, 'kind')).toBe('Job');
    expect(at(shards, 'spec.completionMode')).toBe('Indexed');
    const completions = at(shards, 'spec.completions');
    expect(Number.isInteger(completions) && (completions as number) >= 1).toBe(true);
    expect(at(shards, 'spec.parallelism') as number).toBeLessThanOrEqual(completions as number);
    expect(['Never', 'OnFailure']).toContain(at(shards, 'spec.template.spec.restartPolicy'));
    const [container] = list(at(shards, 'spec.template.spec.containers'));
    expect(typeof container.image).toBe('string');
    expect(envOf(container).SHARDS).toBe(String(completions));
    const script = list(container.command as YamlValue).join(' ');
    expect(script).toContain('--shard "${JOB_COMPLETION_INDEX}/${SHARDS}"');
    expect(script).toMatch(/--out "\$part\.tmp"[\s\S]*mv "\$part\.tmp" "\$part"/);
    expect(script).toContain('part="/results/part-${JOB_COMPLETION_INDEX}.json"');
  });

  it('parts go to a shared ReadWriteMany volume that the merge Job reads', () => {
    expect(at(pvc, 'kind')).toBe('PersistentVolumeClaim');
    expect(at(pvc, 'spec.accessModes')).toContain('ReadWriteMany');
    const claim = at(pvc, 'metadata.name');
    for (const job of [shards, merge]) {
      const volumes = list(at(job, 'spec.template.spec.volumes'));
      const results = volumes.find((v) => v.name === 'results')!;
      expect(at(results, 'persistentVolumeClaim.claimName')).toBe(claim);
      const [container] = list(at(job, 'spec.template.spec.containers'));
      expect(list(container.volumeMounts).find((m) => m.name === 'results')?.mountPath).toBe('/results');
    }
    expect(at(merge, 'kind')).toBe('Job');
    expect(at(merge, 'spec.completions')).toBe(1);
    const [container] = list(at(merge, 'spec.template.spec.containers'));
    expect(list(container.command as YamlValue).join(' ')).toContain('lab -- merge /results/part-*.json');
  });
});

describe('deploy/slurm and deploy/parallel', () => {
  const scripts = ['slurm/shards.sbatch', 'slurm/merge.sbatch', 'slurm/submit.sh', 'parallel/shards.sh'];

  it('are valid bash', () => {
    for (const script of scripts) execFileSync('bash', ['-n', deploy + script]);
  });

  it('the array task is the shard: 0-based array, N = the array task count', () => {
    const sbatch = read('slurm/shards.sbatch');
    expect(sbatch).toMatch(/^#SBATCH --array=0-\d+$/m);
    expect(sbatch).toContain('I=$SLURM_ARRAY_TASK_ID');
    expect(sbatch).toContain('N=$SLURM_ARRAY_TASK_COUNT');
    expect(sbatch).toContain('--shard "$I/$N"');
    expect(read('slurm/submit.sh')).toMatch(/--array="0-\$\(\(SHARDS - 1\)\)"[\s\S]*--dependency="afterok:/);
    expect(read('slurm/merge.sbatch')).toContain('lab -- merge "$RESULTS"/part-*.json');
  });

  it('GNU parallel runs shards 0 … N−1 and then the merge', () => {
    const sh = read('parallel/shards.sh');
    expect(sh).toContain('seq 0 $((SHARDS - 1)) | parallel');
    expect(sh).toContain('--shard "{}/$SHARDS"');
    expect(sh).toContain('lab -- merge "$RESULTS"/part-*.json');
  });

  it.skipIf(!hasParallel)('the GNU parallel recipe runs: 3 shards of a scenario whose path has a space, merged as CSV = unsharded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-parallel-'));
    const scenario = join(dir, 'my scenario.json');
    copyFileSync(join(repo, 'scenarios/bass-fully-mixed.json'), scenario);
    const env = { ...process.env, SHARDS: '3', RESULTS: join(dir, 'results'), MERGE_ARGS: '--format csv', OUT: join(dir, 'result.csv') };
    execFileSync('bash', [deploy + 'parallel/shards.sh', 'run', scenario, '--runs', '5'], { cwd: repo, env, stdio: 'pipe' });
    const unsharded = execFileSync('npm', ['run', '--silent', 'lab', '--', 'run', scenario, '--runs', '5', '--format', 'csv', '--workers', '1'], { cwd: repo, encoding: 'utf8' });
    expect(readFileSync(join(dir, 'result.csv'), 'utf8')).toBe(unsharded);
  });
});
