/**
 * Every text of the editing tools (undo/redo, the scenario library, currency, apply-to-all, the
 * baseline markers, scale-to-budget, out-of-date results, the summary bar, the "i" popovers):
 * English here, Chinese in editingText.zh-CN.ts (same type, checked by the compiler).
 */
import { localizedTable } from '../../i18n/localizedTable';
import { EDITING_TEXT_ZH } from './editingText.zh-CN';

export const EDITING_TEXT_EN = {
  undo: 'Undo',
  redo: 'Redo',
  undoTitle: 'Undo the last edit (Ctrl+Z, ⌘Z on a Mac)',
  redoTitle: 'Redo (Ctrl+Shift+Z or Ctrl+Y, ⌘⇧Z on a Mac)',
  library: 'My scenarios',
  libraryName: 'Name to save under',
  saveAs: 'Save as',
  libraryEmpty: 'Nothing saved in this browser yet.',
  libraryHint: (max: number) => `Kept in this browser only (at most ${max}); download a scenario to keep it elsewhere.`,
  open: 'Open',
  openLabel: (name: string) => `Open ${name}`,
  remove: 'Delete',
  removeLabel: (name: string) => `Delete ${name}`,
  savedAs: (name: string) => `Saved “${name}” in this browser.`,
  openedSaved: (name: string) => `Opened “${name}”. Undo brings back what you had.`,
  saveRefused: {
    'bad-name': 'Give the scenario a name (up to 100 characters).',
    'too-large': 'This scenario is too large to keep in the browser: download it instead.',
    full: 'The browser library is full: delete a saved scenario first.',
    storage: 'The browser refused to store it (private mode or storage full).',
  } as Record<'bad-name' | 'too-large' | 'full' | 'storage', string>,
  libraryDamaged: 'Some saved scenarios could not be read and were left out.',
  libraryProblems: (n: number) => `${n} problem${n === 1 ? '' : 's'}`,
  libraryProblemsTitle: 'The validator finds problems in this saved scenario: it opens with them marked under the fields',
  currency: 'Currency',
  currencyNone: 'No symbol',
  currencyTitle: 'The currency shown with money amounts (labels only: the numbers do not change)',
  // Strategy cards
  applyAll: 'Use this content for all',
  applyAllTitle: 'Copy this card’s content quality, relevance, promotional intensity and content waves to every strategy',
  appliedAll: (name: string) => `Content quality, relevance, promotional intensity and waves of “${name}” now apply to every strategy.`,
  differs: '≠ baseline',
  differsTitle: (value: string) => `Differs from the baseline (strategy 1), which has ${value}`,
  scale: 'Match baseline budget',
  scaleTitle: 'Scale seed users, KOLs, ad reach and reward so this strategy is expected to cost what the baseline costs per run',
  scaleNeedsRun: 'Available once a simulation of these strategies has finished',
  scaled: (name: string, target: string, changes: string, predicted: string, current: string) =>
    `“${name}” scaled to the baseline’s budget of ${target} per run: ${changes}. Expected cost ${predicted} per run (was ${current}); the next run shows the real cost.`,
  scaleNothing: (name: string) => `“${name}” spends nothing that could be scaled to the baseline’s budget.`,
  scaleNoChange: (name: string) => `“${name}” already costs about what the baseline costs.`,
  levers: { seeds: 'seed users', kols: 'KOLs hired', adReach: 'ad reach', reward: 'reward per share' } as Record<'seeds' | 'kols' | 'adReach' | 'reward', string>,
  perHour: 'per hour',
  // Results while editing
  staleRunning: 'Out of date — running…',
  staleWaiting: 'Out of date — fix the problems marked above to update',
  staleLong: 'Out of date — waiting for your go-ahead to run',
  staleStopped: 'Out of date — stopped; run again to update',
  summary: 'Results at a glance',
  perSpend: 'Per 1,000 spent',
  perSpendTitle: 'Show each strategy’s results per 1,000 of spend, to compare strategies at an equal budget',
  extraSales: 'extra sales',
  perRun: 'per run',
  per1000: 'per 1,000 spent',
  costPerRun: (cost: string) => `costs ${cost}/run`,
  reachedPer1000: (n: string) => `${n} reached`,
  noSpend: 'spends nothing',
  // Field explanations
  about: (label: string) => `About “${label}”`,
};

export const EDITING_TEXT = localizedTable({ en: EDITING_TEXT_EN, 'zh-CN': EDITING_TEXT_ZH });
