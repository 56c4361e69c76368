/** Lesson: KOL vs seed users at equal budget — reach from the KOL, trust from friends, the mix wins. */
import type { Lesson } from './lessonTypes';

export const KOL_VS_SEED_USERS: Lesson = {
  id: 'kol-vs-seed-users',
  preset: 'lesson-kol-vs-seed-users',
  title: { en: 'KOL vs seed users', zh: 'KOL 与种子用户' },
  summary: {
    en: 'One budget, three ways to spend it: 60 seed users, 2 KOLs, or 1 KOL plus 30 seed users.',
    zh: '同一笔预算，三种花法：60 个种子用户、2 个 KOL，或 1 个 KOL 加 30 个种子用户。',
  },
  strategyNames: [
    { en: '60 seed users', zh: '60 个种子用户' },
    { en: '2 KOLs', zh: '2 个 KOL' },
    { en: '1 KOL + 30 seed users', zh: '1 个 KOL + 30 个种子用户' },
  ],
  measure: {
    metric: 'converted',
    of: { strategy: 2 },
    over: { strategy: 0 },
    format: 'ratio',
    text: { en: 'buyers of the mix ÷ buyers of 60 seed users = {value}', zh: '组合的购买人数 ÷ 60 个种子用户的购买人数 = {value}' },
  },
  choices: [
    { text: { en: 'The mix sells less than seed users alone', zh: '组合卖得比只用种子用户少' }, max: 0.95 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.95, max: 1.1 },
    { text: { en: 'The mix sells more', zh: '组合卖得更多' }, min: 1.1 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'A budget of 1,200. A seed user costs 20, a KOL 600. A KOL is seen by many but trusted less than a friend. Which plan sells most?',
        zh: '预算 1,200。一个种子用户 20，一个 KOL 600。KOL 被很多人看到，但不如朋友可信。哪种方案卖得最多？',
      },
      highlight: ['strategies[1].kols.hire', 'strategies[2].kols.hire', 'strategies[2].seeding.count'],
    },
    { kind: 'predict', text: { en: 'Compare the mix (1 KOL + 30 seed users) with 60 seed users.', zh: '比较组合（1 个 KOL + 30 个种子用户）与 60 个种子用户。' } },
    {
      kind: 'run',
      text: {
        en: 'Look at conversions and at “Where conversions came from”: the KOL’s own post rarely tips anyone.',
        zh: '看转化数和“转化来自哪里”：KOL 自己的帖子很少直接促成购买。',
      },
      highlight: ['strategies[2].kols.hire', 'strategies[2].seeding.count'],
      metrics: ['converted', 'cost'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'The relationship chain has two jobs. A KOL brings reach: many people see the post at once. Friends bring trust: interaction needs several trusted exposures before someone buys. Alone, the KOL’s audience hears but does not buy, and the seed users are trusted but reach few. Together the KOL’s reach lands in circles where friends then share and convince: the mix sells most for the same money.',
        zh: '关系链有两项工作。KOL 带来覆盖：很多人同时看到帖子。朋友带来信任：一个人要经过几次可信的曝光才会购买。单独使用时，KOL 的受众听到了却不买，种子用户可信却触达太少。两者结合，KOL 的覆盖落进一个个朋友圈，再由朋友分享和说服：同样的钱，组合卖得最多。',
      },
    },
  ],
};
