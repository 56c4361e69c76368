/**
 * English words of default strategy names ("Hire 2 KOLs + 50 seed users", editing/strategyNames.ts).
 * A name is written into the scenario, so it is data once chosen: both languages are read (tIn) to
 * recognise a default name written in the other one.
 */
export const STRATEGY_NAMES_EN = {
  'strategyName.kols.one': 'hire {n} KOL',
  'strategyName.kols.other': 'hire {n} KOLs',
  'strategyName.seeds.one': '{n} seed user',
  'strategyName.seeds.other': '{n} seed users',
  // With a seeding method's short word (random people need none).
  'strategyName.methodSeeds.one': '{n} {method} seed user',
  'strategyName.methodSeeds.other': '{n} {method} seed users',
  'strategyName.reward': 'reward {v} per share',
  'strategyName.ads': 'ads to {p}% per hour',
  'strategyName.nothing': 'No campaign',
  'strategyName.method.degree': 'most followed',
  'strategyName.method.bridges': 'bridge',
  'strategyName.method.kcore': 'core',
  'strategyName.method.core-fans': 'core-fan',
  'strategyName.method.manual': 'chosen',
} as const;
