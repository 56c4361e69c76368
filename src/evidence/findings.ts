/**
 * The published findings the dividend model answers to. Each names its source (author, year,
 * venue), what was measured and found, the scenario files under evidence/ that re-run it on the
 * model, the direction and size expected with its tolerance, and how the measured numbers are
 * read from the simulation. `npm run evidence` prints the table; the test suite requires every
 * finding to hold. Figures are carried over from the papers (README, "What research says, and
 * what the model does"); no text or code is.
 */
import { acrossWorlds, type EvidenceRun } from './evidenceRun';

export interface FindingResult {
  /** The measured numbers in words, e.g. "clustered 19 %, random 7 % adopt". */
  measured: string;
  holds: boolean;
}

export interface Finding {
  id: string;
  /** Author(s), year, venue. */
  source: string;
  /** What was measured and what was found. */
  published: string;
  /** The direction and size the model must show, with its tolerance. */
  expected: string;
  /** Scenario files (evidence/<file>.json) the finding runs. */
  files: readonly string[];
  evaluate(runs: Readonly<Record<string, EvidenceRun>>): FindingResult;
}

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)} %`;
const num = (x: number, digits = 1) => x.toFixed(digits);
const excludesZeroAbove = (ci: [number, number] | null) => ci !== null && ci[0] > 0;

/** Incremental conversions per unit of cost: mean cost / mean incremental conversions. */
function costPerSale(run: EvidenceRun, strategy: string): number {
  return run.mean(strategy, 'cost') / run.mean(strategy, 'incrementalConverted');
}

export const FINDINGS: readonly Finding[] = [
  {
    id: 'goel-2012-cascades',
    source: 'Goel, Watts & Goldstein (2012), ACM EC; Goel, Anderson, Hofman & Watts (2016), Management Science',
    published: 'In seven online domains the vast majority of cascades end at the seed; on Twitter about 95 % of posts are never re-shared and cascades of 100+ adopters are about 0.025 % of posts.',
    expected: 'At the defaults one ordinary post is never re-shared in 90–99 % of runs, and reaches 100 sharers in at most 0.5 %.',
    files: ['single-posts'],
    evaluate: (r) => {
      const run = r['single-posts'];
      const never = run.shareOfRuns('one post', 'shared', (v) => v <= 1);
      const large = run.shareOfRuns('one post', 'shared', (v) => v >= 100);
      return {
        measured: `never re-shared ${pct(never)}; 100+ sharers ${pct(large, 2)} of ${run.scenario.runs} posts`,
        holds: never >= 0.9 && never <= 0.99 && large <= 0.005,
      };
    },
  },
  {
    id: 'centola-2010-clusters',
    source: 'Centola (2010), Science 329: 1194–1197',
    published: 'In an online experiment (1,528 people, networks of equal degree), a health behaviour needing reinforcement reached 54 % in clustered networks vs 38 % in random ones, and faster.',
    expected: 'For a complex product (only buyers spread it, buying needs several sources) adoption is higher on the clustered lattice than on the randomly rewired network of the same degree (95 % interval of the difference above 0).',
    files: ['centola-clustered', 'centola-random'],
    evaluate: (r) => {
      const clustered = r['centola-clustered'];
      const random = r['centola-random'];
      const n = clustered.scenario.network.nodes;
      const c = clustered.mean('seed and neighbours', 'converted') / n;
      const d = random.mean('seed and neighbours', 'converted') / n;
      const diff = acrossWorlds(random, clustered, 'seed and neighbours', 'converted');
      return { measured: `clustered ${pct(c, 0)} vs random ${pct(d, 0)} adopt`, holds: excludesZeroAbove(diff.ci95) };
    },
  },
  {
    id: 'granovetter-1973-long-ties',
    source: 'Granovetter (1973), American Journal of Sociology; Watts & Strogatz (1998), Nature',
    published: 'Weak ties bridge clusters and carry information to distant parts of a network; a few long ties shorten paths dramatically.',
    expected: 'For simple contagion (sharing on sight), rewiring 5 % of a lattice into long ties at least doubles the people reached within the first day.',
    files: ['weak-ties-lattice', 'weak-ties-long'],
    evaluate: (r) => {
      const lattice = r['weak-ties-lattice'].meanAt('one seed', 'reached', 24);
      const long = r['weak-ties-long'].meanAt('one seed', 'reached', 24);
      return { measured: `reached by hour 24: ${num(long, 0)} with long ties vs ${num(lattice, 0)} on the lattice`, holds: long >= 2 * lattice };
    },
  },
  {
    id: 'centola-macy-2007-long-ties-complex',
    source: 'Centola & Macy (2007), American Journal of Sociology',
    published: 'Long ties that speed simple contagions do not help complex contagions, which need several contacts: rewiring clustered ties into bridges can stop them.',
    expected: 'For the complex product, the lattice with 5 % long ties converts no more than the clustered lattice (mean lower).',
    files: ['centola-clustered', 'centola-small-world'],
    evaluate: (r) => {
      const clustered = r['centola-clustered'].mean('seed and neighbours', 'converted');
      const small = r['centola-small-world'].mean('seed and neighbours', 'converted');
      return { measured: `${num(small)} buyers with long ties vs ${num(clustered)} clustered`, holds: small < clustered };
    },
  },
  {
    id: 'leskovec-2007-diminishing-returns',
    source: 'Leskovec, Adamic & Huberman (2007), ACM Transactions on the Web; Backstrom et al. (2006), KDD',
    published: 'The chance to buy rises with the number of recommendations received but saturates quickly at a low level (4 million people, 16 million recommendations); joining a group shows diminishing returns in the number of friends in it.',
    expected: 'P(buy | k distinct friends recommend) is concave (each extra friend adds less) with P(1) between 0.5 % and 6 % and P(10) at most 15 %.',
    files: ['recommendations-received'],
    evaluate: (r) => {
      const run = r['recommendations-received'];
      const receivers = 2000;
      const p = (k: number) => run.mean(`${k} friend${k > 1 ? 's' : ''}`, 'converted') / receivers;
      const [p1, p2, p3, p5, p10] = [p(1), p(2), p(3), p(5), p(10)];
      const steps = [p2 - p1, p3 - p2, (p5 - p3) / 2, (p10 - p5) / 5];
      const concave = steps.every((s, i) => s > 0 && (i === 0 || s < steps[i - 1]));
      return {
        measured: `P(buy) for 1, 2, 3, 5, 10 friends: ${[p1, p2, p3, p5, p10].map((x) => pct(x)).join(', ')}`,
        holds: concave && p1 >= 0.005 && p1 <= 0.06 && p10 <= 0.15,
      };
    },
  },
  {
    id: 'distinct-sources-beat-repeats',
    source: 'Centola & Macy (2007), AJS; Leskovec, Adamic & Huberman (2007), ACM TWEB; Ugander et al. (2012), PNAS',
    published: 'Reinforcement comes from distinct contacts; repeated recommendations between the same pair lose effect, and adoption grows with the number of distinct friend groups, not raw exposures.',
    expected: 'Three friends recommending once sell more than one friend posting three times (paired 95 % interval above 0).',
    files: ['recommendations-received'],
    evaluate: (r) => {
      const run = r['recommendations-received'];
      const cmp = run.paired('1 friend posts 3 times', '3 friends', 'converted');
      const distinct = run.mean('3 friends', 'converted');
      const repeats = run.mean('1 friend posts 3 times', 'converted');
      return { measured: `${num(distinct)} buyers from 3 friends vs ${num(repeats)} from 1 friend × 3 posts`, holds: excludesZeroAbove(cmp.ci95) };
    },
  },
  {
    id: 'watts-dodds-2007-influentials',
    source: 'Watts & Dodds (2007), Journal of Consumer Research',
    published: 'Influentials trigger larger cascades than average people, but the edge is modest and shrinks when content spreads easily: large cascades are driven by a critical mass of easily influenced people.',
    expected: 'Seeding the most followed instead of random people multiplies reach much more for hard-to-spread content than for easy content, where the multiplier stays below 2.',
    files: ['influentials'],
    evaluate: (r) => {
      const run = r['influentials'];
      const hard = run.mean('influentials, hard to spread', 'reached') / run.mean('random, hard to spread', 'reached');
      const easy = run.mean('influentials, easy to spread', 'reached') / run.mean('random, easy to spread', 'reached');
      return { measured: `reach multiplier ×${num(hard)} for hard, ×${num(easy, 2)} for easy content`, holds: hard > easy && easy < 2 };
    },
  },
  {
    id: 'bakshy-2011-mid-tier',
    source: 'Bakshy, Hofman, Mason & Watts (2011), WSDM',
    published: 'On 1.6 million Twitter users, when influencers cost a fixed amount plus an amount per follower, ordinary and mid-level influencers are usually the most cost-effective, not the largest accounts.',
    expected: 'At the default rate card ten mid-tier KOLs cost less per incremental sale than the top KOL.',
    files: ['influencer-tiers'],
    evaluate: (r) => {
      const run = r['influencer-tiers'];
      const top = costPerSale(run, 'top KOL');
      const mid = costPerSale(run, '10 mid-tier KOLs');
      return { measured: `cost per incremental sale: mid-tier ${num(mid)} vs top ${num(top)}`, holds: mid < top };
    },
  },
  {
    id: 'ad-frequency-wear',
    source: 'Krugman (1972), Journal of Advertising Research; Schmidt & Eisend (2015), Journal of Advertising',
    published: 'Ads need a few exposures to work (wear-in; "three exposures may be enough") and wear out after more (the meta-analysis finds attitudes peak at about 10 exposures), while annoyance keeps growing.',
    expected: 'Ads at a middle frequency (≈ 3 impressions a week) cost less per incremental sale than at a low (≈ 1) or high (≈ 13) frequency, and muting rises with frequency.',
    files: ['ad-frequency'],
    evaluate: (r) => {
      const run = r['ad-frequency'];
      const [low, mid, high] = ['ads 0.5%/h', 'ads 2%/h', 'ads 8%/h'].map((s) => costPerSale(run, s));
      const [m1, m2, m3] = ['ads 0.5%/h', 'ads 2%/h', 'ads 8%/h'].map((s) => run.mean(s, 'churned'));
      return {
        measured: `cost per incremental sale ${num(low)} / ${num(mid)} / ${num(high)}; muted ${num(m1, 0)} / ${num(m2, 0)} / ${num(m3, 0)}`,
        holds: mid < low && mid < high && m1 < m2 && m2 < m3,
      };
    },
  },
  {
    id: 'ads-cost-per-sale',
    source: 'WordStream Facebook advertising benchmarks (2017); Nielsen Global Trust in Advertising (2015)',
    published: 'Facebook ads averaged 0.9 % click-through, 9.2 % conversion per click and 18.68 USD per action; display ads click far less (0.35–0.46 %).',
    expected: 'At the default prices (10 per 1,000 impressions) an ads-only campaign costs 5–100 per incremental sale, and fewer than 1 % of the people it reaches buy because of it.',
    files: ['ad-frequency'],
    evaluate: (r) => {
      const run = r['ad-frequency'];
      const cost = costPerSale(run, 'ads 2%/h');
      const share = run.mean('ads 2%/h', 'incrementalConverted') / run.mean('ads 2%/h', 'reached');
      return { measured: `${num(cost)} per incremental sale; ${pct(share, 2)} of people reached buy`, holds: cost >= 5 && cost <= 100 && share < 0.01 };
    },
  },
  {
    id: 'conversion-rate',
    source: 'e-commerce conversion benchmarks (about 2–3 % of visits buy); Leskovec, Adamic & Huberman (2007)',
    published: 'Only a few per cent of people who see a product page or receive a recommendation buy.',
    expected: 'A seeding campaign at the defaults sells to 0.5–5 % of the people it reaches (incremental sales per person reached).',
    files: ['referral-rewards'],
    evaluate: (r) => {
      const run = r['referral-rewards'];
      const share = run.mean('no reward', 'incrementalConverted') / run.mean('no reward', 'reached');
      return { measured: `${pct(share, 2)} of people reached buy`, holds: share >= 0.005 && share <= 0.05 };
    },
  },
  {
    id: 'ryu-feick-2007-reward-size',
    source: 'Ryu & Feick (2007), Journal of Marketing',
    published: 'Referral rewards raise the likelihood of recommending, most for weak ties and weaker brands; a larger reward added little over a smaller one.',
    expected: 'A small reward raises sharing (paired 95 % interval above 0); ten times the reward adds less than the small reward did.',
    files: ['referral-rewards'],
    evaluate: (r) => {
      const run = r['referral-rewards'];
      const small = run.paired('no reward', 'small reward', 'shared');
      const large = run.paired('small reward', 'large reward', 'shared');
      return {
        measured: `sharers +${num(small.meanDifference)} for the small reward, +${num(large.meanDifference)} more for the large one`,
        holds: excludesZeroAbove(small.ci95) && large.meanDifference < small.meanDifference,
      };
    },
  },
  {
    id: 'libai-2013-lift',
    source: 'Libai, Muller & Peres (2013), Journal of Marketing Research',
    published: 'Much of what a word-of-mouth seeding programme appears to sell would have been bought anyway: its value is acceleration plus expansion, well below total sales.',
    expected: 'With organic demand, the programme’s incremental conversions are below its total conversions, the organic buyers it reaches are only accelerated, and doing nothing gains exactly 0.',
    files: ['seeding-lift'],
    evaluate: (r) => {
      const run = r['seeding-lift'];
      const total = run.mean('seeding programme', 'converted');
      const lift = run.mean('seeding programme', 'incrementalConverted');
      const accelerated = run.mean('seeding programme', 'accelerated');
      const nothing = run.values('no campaign', 'incrementalConverted').every((v) => v === 0);
      return {
        measured: `total ${num(total)}, incremental ${num(lift)} (${pct(lift / total, 0)}), accelerated ${num(accelerated, 2)}; do-nothing lift 0: ${nothing ? 'yes' : 'no'}`,
        holds: lift < total && lift > 0 && nothing && accelerated >= 0,
      };
    },
  },
  {
    id: 'percolation-threshold',
    source: 'Newman (2002), Physical Review E; Erdős–Rényi bond percolation',
    published: 'On a random network with mean degree ⟨k⟩ a simple contagion with transmission probability p has large outbreaks only when p·⟨k⟩ > 1.',
    expected: 'With every other lever off, the reproduction number R of sharing crosses 1 at quality 1/⟨k⟩ = 0.10, within ±15 %.',
    files: ['percolation'],
    evaluate: (r) => {
      const run = r['percolation'];
      const qualities = run.scenario.strategies.map((s) => s.name);
      const points = qualities.map((name) => ({ q: Number(name.split(' ')[1]), R: run.mean(name, 'R') }));
      let crossing = NaN;
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1];
        const b = points[i];
        if (a.R < 1 && b.R >= 1) {
          crossing = a.q + ((1 - a.R) * (b.q - a.q)) / (b.R - a.R);
          break;
        }
      }
      return { measured: `R = 1 at quality ${num(crossing, 3)}`, holds: Math.abs(crossing - 0.1) <= 0.015 };
    },
  },
];
