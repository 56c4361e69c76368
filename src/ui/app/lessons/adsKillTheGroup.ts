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
    metric: 'incrementalConverted',
    of: { strategy: 1 },
    over: { strategy: 0 },
    format: 'ratio',
    text: { en: 'extra buyers of the hard push ÷ extra buyers of good content = {value}', zh: '硬推的额外购买者 ÷ 好内容的额外购买者 = {value}' },
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
        en: 'Compare “People who muted”, “Organic buyers lost” and the extra buyers: the push reaches more people, and annoys them before they are convinced.',
        zh: '比较“屏蔽人数”“流失的自然购买者”和额外购买者：硬推触达的人更多，但在说服他们之前就惹烦了他们。',
      },
      highlight: ['strategies[1].content.promotional', 'strategies[1].ads.reach'],
      metrics: ['reached', 'churned', 'lostOrganic', 'incrementalConverted', 'cost'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Interaction can be destroyed. Each promotional exposure adds annoyance; past a person’s tolerance they mute the campaign and stop seeing, sharing and buying. The push reaches about five times as many people, but about one person in five mutes it, among them some who would have bought anyway: those sales are lost. Ads are not free reach either: each impression is paid, and an ad sells about as rarely as published click-through and conversion rates say. So the push brings about a quarter of the extra buyers for more money. Born from recruiting, thriving on chat, dying from ads.',
        zh: '互动是可以被毁掉的。每次推广性的曝光都会增加反感；超过一个人的容忍度，他就屏蔽这个活动，不再看到、分享或购买。硬推触达的人约为五倍，但约五分之一的人屏蔽了它，其中有些人本来会自己购买：这些销量就丢了。广告也不是免费的覆盖：每次展示都要付钱，而一条广告带来的购买和已发表的点击率与转化率一样少。所以硬推花更多的钱，只带来约四分之一的额外购买者。生于拉新，兴于聊天，死于广告。',
      },
    },
  ],
};
