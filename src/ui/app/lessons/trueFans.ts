/** Lesson: 1000 true fans — a small loyal core, chosen by an observable trait, beats a large cold audience on cost per extra buyer. */
import type { Lesson } from './lessonTypes';

export const TRUE_FANS: Lesson = {
  id: '1000-true-fans',
  preset: 'lesson-1000-true-fans',
  title: { en: '1000 true fans', zh: '一千个铁杆粉丝' },
  summary: {
    en: 'A niche product: 30 core fans for 600, or 300 random people for 6,000.',
    zh: '一个小众产品：花 600 找 30 个核心粉丝，还是花 6,000 找 300 个随机的人。',
  },
  strategyNames: [
    { en: '30 core fans', zh: '30 个核心粉丝' },
    { en: '300 random people', zh: '300 个随机的人' },
  ],
  measure: {
    metric: 'costPerConversion',
    of: { strategy: 1 },
    over: { strategy: 0 },
    format: 'ratio',
    text: { en: 'cost per extra buyer of random people ÷ of core fans = {value}', zh: '随机人群每个额外购买者的成本 ÷ 核心粉丝的 = {value}' },
  },
  choices: [
    { text: { en: 'Random people get extra buyers cheaper', zh: '随机人群获得额外购买者更便宜' }, max: 0.9 },
    { text: { en: 'About the same cost per extra buyer', zh: '每个额外购买者的成本差不多' }, min: 0.9, max: 1.1 },
    { text: { en: 'Core fans, a little cheaper (random people cost up to 1.5× as much)', zh: '核心粉丝，稍微便宜一些（随机人群的成本最多是 1.5 倍）' }, min: 1.1, max: 1.5 },
    { text: { en: 'Core fans, much cheaper (random people cost 1.5× as much or more)', zh: '核心粉丝，便宜得多（随机人群的成本是 1.5 倍或更多）' }, min: 1.5 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'The product fits 6 of 40 communities perfectly and everyone else only a little. Recruit the 30 most engaged fans in those communities (600; engagement — how often someone posts and comments — is visible before launch), or 300 random people (6,000)?',
        zh: '这个产品完全契合 40 个社群中的 6 个，对其他人只有一点吸引力。招募这些社群里最活跃的 30 个粉丝（600；活跃度——一个人多常发帖和评论——在发布前就能看到），还是 300 个随机的人（6,000）？',
      },
      highlight: ['strategies[0].seeding.method', 'strategies[1].seeding.count'],
    },
    { kind: 'predict', text: { en: 'Who gets an extra buyer for less money?', zh: '谁用更少的钱得到一个额外购买者？' } },
    {
      kind: 'run',
      text: {
        en: 'Look at the extra buyers, then at the cost per extra buyer and the ROI.',
        zh: '先看额外购买者，再看每个额外购买者的成本和 ROI。',
      },
      highlight: ['strategies[0].seeding.count', 'strategies[1].seeding.count'],
      metrics: ['incrementalConverted', 'cost', 'costPerConversion', 'roi'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Information that fits its audience converts. The cold audience brings about five times the extra buyers in total, but each costs about 1.7 times as much, and it loses money (ROI below zero) while the core fans earn theirs back. The core fans share with friends who care about the same thing, and interaction — trust from people like you — turns those exposures into sales. A small loyal core, chosen by what a brand can see before launch, is the cheapest relationship chain to start from.',
        zh: '契合受众的信息才能转化。冷启动的大人群总共带来约五倍的额外购买者，但每个的成本约为 1.7 倍，而且它亏钱（ROI 低于零），核心粉丝却能收回成本。核心粉丝把内容分享给关心同样事情的朋友，而互动——来自同类人的信任——把这些曝光变成销售。一小群按发布前就能看到的特征挑选出的忠实核心，是成本最低的关系链起点。',
      },
    },
  ],
};
