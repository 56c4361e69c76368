/** Lesson: the tipping point — a post twice as shareable crosses R = 1 and brings several times the extra buyers. */
import type { Lesson } from './lessonTypes';

export const TIPPING_POINT: Lesson = {
  id: 'tipping-point',
  preset: 'lesson-tipping-point',
  title: { en: 'The tipping point', zh: '引爆点' },
  summary: {
    en: 'Two versions of one post, one twice as shareable: why it brings several times the extra buyers, not twice.',
    zh: '同一条帖子的两个版本，一个值得分享的程度是另一个的两倍：为什么它带来的额外购买者是好几倍，而不是两倍。',
  },
  strategyNames: [
    { en: 'quality 0.26 (below R = 1)', zh: '质量 0.26（R 低于 1）' },
    { en: 'quality 0.52 (above R = 1)', zh: '质量 0.52（R 高于 1）' },
  ],
  measure: {
    metric: 'incrementalConverted',
    of: { strategy: 1 },
    over: { strategy: 0 },
    format: 'ratio',
    text: {
      en: 'extra buyers of the better post ÷ extra buyers of the weaker post = {value}',
      zh: '好帖子的额外购买者 ÷ 差帖子的额外购买者 = {value}',
    },
  },
  choices: [
    { text: { en: 'Less than twice as many', zh: '不到两倍' }, max: 1.8 },
    { text: { en: 'About twice as many, in proportion', zh: '大约两倍，与质量成正比' }, min: 1.8, max: 3 },
    { text: { en: 'Several times as many', zh: '好几倍' }, min: 3 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'Same people, same 20 seed users. One post is twice as shareable as the other (quality 0.52 instead of 0.26). How many more extra buyers will it bring in a week?',
        zh: '同样的人群，同样的 20 个种子用户。一条帖子值得分享的程度是另一条的两倍（质量 0.52 而不是 0.26）。一周内它会多带来多少额外购买者？',
      },
      highlight: ['strategies[0].content.quality', 'strategies[1].content.quality'],
    },
    { kind: 'predict', text: { en: 'What does the class expect?', zh: '全班预计会怎样？' } },
    {
      kind: 'run',
      text: {
        en: 'Watch R, the number of new sharers each sharer recruits. Below 1 every generation is smaller and the post dies out; above 1 every generation is bigger, until the post grows stale.',
        zh: '注意 R：每个分享者带来的新分享者人数。小于 1 时每一代都更少，帖子会消亡；大于 1 时每一代都更多，直到帖子过时。',
      },
      highlight: ['strategies[1].content.quality'],
      metrics: ['R', 'reached', 'incrementalConverted'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Information decides whether a cascade tips. The network is the same for both posts, and so is the interaction: about 3 in 100 reached people buy because of the campaign with either post. Only the share chance differs, but R goes from about 0.78 to 1.36: a fading ripple becomes a chain reaction, and twice the shareability brings about five times the extra buyers. Near the tipping point, content quality is worth far more than it looks.',
        zh: '信息决定了传播能否被引爆。两条帖子的网络一样，互动也一样：无论哪条帖子，被触达的人中约有百分之三因活动而购买。只有分享概率不同，但 R 从约 0.78 变成 1.36：逐渐消失的涟漪变成了连锁反应，值得分享程度翻倍带来约五倍的额外购买者。在引爆点附近，内容质量的价值远比看上去大。',
      },
    },
  ],
};
