/** Lesson: the tipping point — a slightly better post crosses R = 1 and sells several times more. */
import type { Lesson } from './lessonTypes';

export const TIPPING_POINT: Lesson = {
  id: 'tipping-point',
  preset: 'lesson-tipping-point',
  title: { en: 'The tipping point', zh: '引爆点' },
  summary: {
    en: 'Two versions of one post, one a little more shareable: why the better one sells several times more.',
    zh: '同一条帖子的两个版本，一个稍微更值得分享：为什么好的那个能多卖好几倍。',
  },
  strategyNames: [
    { en: 'quality 0.13 (just below)', zh: '质量 0.13（略低于临界）' },
    { en: 'quality 0.17 (just above)', zh: '质量 0.17（略高于临界）' },
  ],
  measure: {
    metric: 'converted',
    of: { strategy: 1 },
    over: { strategy: 0 },
    format: 'ratio',
    text: { en: 'buyers of the better post ÷ buyers of the weaker post = {value}', zh: '好帖子的购买人数 ÷ 差帖子的购买人数 = {value}' },
  },
  choices: [
    { text: { en: 'About 30% more buyers', zh: '购买人数多 30% 左右' }, max: 1.6 },
    { text: { en: 'About twice as many', zh: '大约两倍' }, min: 1.6, max: 3 },
    { text: { en: 'Several times as many', zh: '好几倍' }, min: 3 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'Same people, same 20 seed users. One post is 30% more shareable than the other (quality 0.17 instead of 0.13). How many more buyers will it bring?',
        zh: '同样的人群，同样的 20 个种子用户。一条帖子比另一条更值得分享 30%（质量 0.17 而不是 0.13）。它会多带来多少购买者？',
      },
      highlight: ['strategies[0].content.quality', 'strategies[1].content.quality'],
    },
    { kind: 'predict', text: { en: 'What does the class expect?', zh: '全班预计会怎样？' } },
    {
      kind: 'run',
      text: {
        en: 'Watch R, the number of new sharers each sharer recruits. Below 1 every generation is smaller and the post dies out; above 1 every generation is bigger.',
        zh: '注意 R：每个分享者带来的新分享者人数。小于 1 时每一代都更少，帖子会消亡；大于 1 时每一代都更多。',
      },
      highlight: ['strategies[1].content.quality'],
      metrics: ['R', 'converted'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Information decides whether a cascade tips. The network and the interaction are the same for both posts; only the share chance per exposure differs a little. But crossing R = 1 turns a fading ripple into a chain reaction, so a 30% better post brings several times the buyers. Near the tipping point, content quality is worth far more than it looks.',
        zh: '信息决定了传播能否被引爆。两条帖子的关系链和互动完全一样，只有每次曝光的分享概率略有不同。但越过 R = 1，逐渐消失的涟漪就变成了连锁反应，所以好 30% 的帖子带来好几倍的购买者。在引爆点附近，内容质量的价值远比看上去大。',
      },
    },
  ],
};
