/** Lesson: KOL vs seed users — at rate-card prices a KOL's audience is cheap; its own post sells little, the sharing it starts sells. */
import type { Lesson } from './lessonTypes';

export const KOL_VS_SEED_USERS: Lesson = {
  id: 'kol-vs-seed-users',
  preset: 'lesson-kol-vs-seed-users',
  title: { en: 'KOL vs seed users', zh: 'KOL 与种子用户' },
  summary: {
    en: 'Three launches of one post: 20 seed users, 2 KOLs paid by the follower, or both. Which gets an extra buyer for the least money?',
    zh: '同一条帖子的三种发布方式：20 个种子用户、2 个按粉丝付费的 KOL，或两者都用。谁用最少的钱得到一个额外购买者？',
  },
  strategyNames: [
    { en: '20 seed users', zh: '20 个种子用户' },
    { en: '2 KOLs', zh: '2 个 KOL' },
    { en: '2 KOLs + 20 seed users', zh: '2 个 KOL + 20 个种子用户' },
  ],
  measure: {
    metric: 'costPerConversion',
    of: { strategy: 0 },
    over: { strategy: 1 },
    format: 'ratio',
    text: {
      en: 'cost per extra buyer of 20 seed users ÷ of 2 KOLs = {value}',
      zh: '20 个种子用户每个额外购买者的成本 ÷ 2 个 KOL 的 = {value}',
    },
  },
  choices: [
    { text: { en: 'Seed users are cheaper per extra buyer', zh: '种子用户每个额外购买者更便宜' }, max: 0.9 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.9, max: 1.5 },
    { text: { en: 'KOLs, up to 4× cheaper', zh: 'KOL 便宜，最多 4 倍' }, min: 1.5, max: 4 },
    { text: { en: 'KOLs, more than 4× cheaper', zh: 'KOL 便宜 4 倍以上' }, min: 4 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'A seed user costs 20. A KOL gets the product too (20) plus the rate card’s 0.01 per follower, so the two largest (2,000 and 1,000 followers) cost 70 together. A KOL’s post is seen by about 6% of its followers and trusted less than a friend’s. Which launch gets an extra buyer for the least money?',
        zh: '一个种子用户 20。KOL 同样获赠产品（20），另按报价单每个粉丝 0.01，所以最大的两个（2,000 和 1,000 个粉丝）合计 70。KOL 的帖子只被约 6% 的粉丝看到，而且不如朋友可信。哪种发布方式用最少的钱得到一个额外购买者？',
      },
      highlight: ['strategies[1].kols.hire', 'strategies[0].seeding.count', 'model.economics.kolFeePerFollower'],
    },
    { kind: 'predict', text: { en: 'Compare the cost per extra buyer of 20 seed users with that of 2 KOLs.', zh: '比较 20 个种子用户与 2 个 KOL 每个额外购买者的成本。' } },
    {
      kind: 'run',
      text: {
        en: 'Look at the extra buyers, the cost per extra buyer and “Where conversions came from”: the KOLs’ own posts tip under half of their extra buyers; the rest come through the friends who share them.',
        zh: '看额外购买者、每个额外购买者的成本和“转化来自哪里”：KOL 自己的帖子只直接促成不到一半的额外购买者，其余来自转发它的朋友。',
      },
      highlight: ['strategies[1].kols.hire', 'strategies[2].kols.hire'],
      metrics: ['incrementalConverted', 'cost', 'costPerConversion'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'The relationship chain has two jobs. A KOL brings reach cheaply: at rate-card prices the two KOLs bring a few more extra buyers than 20 seed users for under a fifth of the money. But the KOL’s post alone tips few people; its buyers come mostly from the friends who pass it on, whose trust does the selling. Together, KOLs and seed users bring the most (about the sum of both). Research adds a warning against “the biggest account wins”: paid per follower, ordinary and mid-tier accounts are often the most cost-effective (Bakshy et al. 2011; see the lesson on influencer tiers).',
        zh: '关系链有两项工作。KOL 以低价带来覆盖：按报价单价格，两个 KOL 用不到五分之一的钱，带来比 20 个种子用户略多的额外购买者。但 KOL 的帖子本身直接促成的购买很少；它的购买者大多来自转发它的朋友，是朋友的信任在卖货。KOL 和种子用户一起带来的最多（约为两者之和）。研究还提醒不要迷信“最大的账号最好”：按粉丝付费时，普通和腰部账号往往最划算（Bakshy 等 2011；见关于网红层级的课程）。',
      },
    },
  ],
};
