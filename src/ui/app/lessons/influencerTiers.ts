/**
 * Lesson: what research says about influencers — paid per follower, several mid-tier KOLs
 * bring an extra buyer for less money than the top KOL (Bakshy, Hofman, Mason & Watts 2011).
 */
import type { Lesson } from './lessonTypes';

export const INFLUENCER_TIERS: Lesson = {
  id: 'influencer-tiers',
  preset: 'lesson-influencer-tiers',
  title: { en: 'What research says about influencers', zh: '关于网红，研究怎么说' },
  summary: {
    en: 'About the same budget: the top KOL, or 8 mid-tier KOLs? Cost per extra buyer.',
    zh: '差不多的预算：一个头部 KOL，还是 8 个腰部 KOL？比较每个额外购买者的成本。',
  },
  strategyNames: [
    { en: 'the top KOL', zh: '头部 KOL' },
    { en: '8 mid-tier KOLs (ranks 6–13)', zh: '8 个腰部 KOL（排名 6–13）' },
  ],
  measure: {
    metric: 'costPerConversion',
    of: { strategy: 0, step: 2 },
    over: { strategy: 1, step: 2 },
    format: 'ratio',
    text: {
      en: 'cost per extra buyer of the top KOL ÷ of the mid-tier KOLs = {value}',
      zh: '头部 KOL 每个额外购买者的成本 ÷ 腰部 KOL 的 = {value}',
    },
  },
  choices: [
    { text: { en: 'The top KOL is cheaper per extra buyer', zh: '头部 KOL 每个额外购买者更便宜' }, max: 0.87 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.87, max: 1.15 },
    { text: { en: 'The mid-tier KOLs are cheaper per extra buyer', zh: '腰部 KOL 每个额外购买者更便宜' }, min: 1.15 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'KOLs are paid 0.01 per follower. The top KOL has 10,000 followers and costs 100; the 8 KOLs of ranks 6 to 13 have 8,968 followers together and cost about 90. Which gets an extra buyer for less money?',
        zh: 'KOL 按每个粉丝 0.01 付费。头部 KOL 有 10,000 个粉丝，花费 100；排名 6 到 13 的 8 个 KOL 合计 8,968 个粉丝，花费约 90。谁用更少的钱得到一个额外购买者？',
      },
      highlight: ['strategies[0].kols.fromRank', 'strategies[1].kols.fromRank', 'strategies[1].kols.hire'],
    },
    { kind: 'predict', text: { en: 'Top KOL or mid-tier KOLs?', zh: '头部 KOL 还是腰部 KOL？' } },
    {
      kind: 'run',
      text: {
        en: 'Compare the extra buyers and the cost per extra buyer. A smaller audience engages more, and eight voices reach more different circles than one.',
        zh: '比较额外购买者和每个额外购买者的成本。受众越小，互动越多；八个声音比一个触达更多不同的圈子。',
      },
      highlight: ['strategies[1].kols.hire'],
      metrics: ['reached', 'incrementalConverted', 'cost', 'costPerConversion'],
      world: { en: 'paid per follower', zh: '按粉丝付费' },
    },
    {
      kind: 'run',
      text: {
        en: 'Now each KOL also charges a fixed fee of 100 (agency, contract, samples): the top KOL costs 200, the eight mid-tier KOLs about 890. Who is cheaper per extra buyer now?',
        zh: '现在每个 KOL 另收 100 的固定费用（中介、合同、样品）：头部 KOL 花费 200，八个腰部 KOL 约 890。现在谁每个额外购买者更便宜？',
      },
      highlight: ['model.economics.kolBaseFee'],
      world: { en: 'fixed fee 100 per KOL', zh: '每个 KOL 固定费用 100' },
      metrics: ['incrementalConverted', 'cost', 'costPerConversion'],
      change: [{ path: 'model.economics.kolBaseFee', value: 100, what: { en: 'fixed fee per KOL 0 → 100', zh: '每个 KOL 的固定费用 0 → 100' } }],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Folk wisdom says hire the biggest name. Research says: when fees grow with the audience, ordinary and mid-tier influencers are usually the most cost-effective (Bakshy et al. 2011, 74 million reposts on Twitter). Here the 8 mid-tier KOLs bring about a third more extra buyers than the top KOL for a little less money, because the share of followers who engage falls as audiences grow. The answer turns with the price list, as Bakshy et al. predicted: add a fixed fee of 100 per KOL and the top KOL becomes about three times cheaper per extra buyer. Ask for the rate card before choosing the tier.',
        zh: '常识说请最大牌的。研究说：当费用随受众增长时，普通和腰部网红通常最划算（Bakshy 等 2011，Twitter 上 7400 万次转发）。这里 8 个腰部 KOL 用稍少的钱，比头部 KOL 多带来约三分之一的额外购买者，因为受众越大，参与互动的粉丝比例越低。答案会随价格表而变，正如 Bakshy 等所预测：每个 KOL 加收 100 的固定费用后，头部 KOL 每个额外购买者的成本反而便宜约三倍。选层级之前，先看报价单。',
      },
    },
  ],
};
