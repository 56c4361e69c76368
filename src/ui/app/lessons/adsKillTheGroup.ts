/** Lesson: ads kill the group — born from recruiting, thriving on chat, dying from ads. */
import type { Lesson } from './lessonTypes';

export const ADS_KILL_THE_GROUP: Lesson = {
  id: 'ads-kill-the-group',
  preset: 'lesson-ads-kill-the-group',
  title: { en: 'Ads kill the group', zh: '广告毁掉一个群' },
  summary: {
    en: 'Good content left to the group chats, or a hard push with ads, rewards and repeated posts.',
    zh: '把好内容交给群聊自己传，还是用广告、奖励和反复发帖硬推。',
  },
  strategyNames: [
    { en: 'good content, no push', zh: '好内容，不硬推' },
    { en: 'hard push: ads + rewards', zh: '硬推：广告 + 奖励' },
  ],
  measure: {
    metric: 'converted',
    of: { strategy: 1 },
    over: { strategy: 0 },
    format: 'ratio',
    text: { en: 'buyers of the hard push ÷ buyers of good content = {value}', zh: '硬推的购买人数 ÷ 好内容的购买人数 = {value}' },
  },
  choices: [
    { text: { en: 'The hard push sells more', zh: '硬推卖得更多' }, min: 1.1 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.9, max: 1.1 },
    { text: { en: 'The hard push sells less', zh: '硬推卖得更少' }, max: 0.9 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'In group chats nearly every message is seen. One brand posts good, mildly promotional content and lets people talk. The other pushes ad-like content hard: four posts, a reward for every share, paid ads. Which sells more?',
        zh: '在群聊里几乎每条消息都会被看到。一个品牌发布质量好、略带推广的内容，让大家自己聊。另一个硬推像广告的内容：发四次、每次分享都有奖励、再加付费广告。哪个卖得更多？',
      },
      highlight: ['strategies[1].content.promotional', 'strategies[1].ads.reach', 'strategies[1].incentives.rewardPerShare'],
    },
    { kind: 'predict', text: { en: 'Does the push pay off?', zh: '硬推值得吗？' } },
    {
      kind: 'run',
      text: {
        en: 'Compare “People who muted” and conversions: the push reaches more people, and annoys them before they are convinced.',
        zh: '比较“屏蔽人数”和转化：硬推触达的人更多，但在说服他们之前就惹烦了他们。',
      },
      highlight: ['strategies[1].content.promotional', 'strategies[1].ads.reach'],
      metrics: ['reached', 'churned', 'converted'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Interaction can be destroyed. Each promotional exposure adds annoyance; past a person’s tolerance they mute the campaign and stop seeing and sharing it. Weak, ad-like information plus rewards and ads reaches more people but burns the relationship chain: the people who would have convinced their friends have muted. Born from recruiting, thriving on chat, dying from ads.',
        zh: '互动是可以被毁掉的。每次推广性的曝光都会增加反感；超过一个人的容忍度，他就屏蔽这个活动，不再看到也不再分享。像广告一样的弱内容，加上奖励和广告，触达的人更多，却烧掉了关系链：本来会说服朋友的人已经屏蔽了。生于拉新，兴于聊天，死于广告。',
      },
    },
  ],
};
