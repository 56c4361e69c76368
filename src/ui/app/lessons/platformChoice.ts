/** Lesson: platform choice — a broadcast feed stays shallow, private circles go deep. */
import type { Lesson } from './lessonTypes';

export const PLATFORM_CHOICE: Lesson = {
  id: 'platform-choice',
  preset: 'lesson-platform-broadcast-feed',
  title: { en: 'Platform choice: broadcast feed vs private circles', zh: '平台选择：广播式信息流与私密朋友圈' },
  summary: {
    en: 'The same world and the same campaigns on a Weibo/X-like feed, then in WeChat-Moments-like private circles.',
    zh: '同样的世界、同样的活动，先放在类似微博/X 的信息流上，再放进类似微信朋友圈的私密圈子。',
  },
  strategyNames: [
    { en: '20 seed users', zh: '20 个种子用户' },
    { en: '1 KOL', zh: '1 个 KOL' },
    { en: '20 seed users + 1 KOL', zh: '20 个种子用户 + 1 个 KOL' },
  ],
  measure: {
    metric: 'incrementalConverted',
    of: { strategy: 2, step: 3 },
    over: { strategy: 2, step: 1 },
    format: 'ratio',
    text: {
      en: 'extra buyers in private circles ÷ on the broadcast feed (seed users + KOL) = {value}',
      zh: '私密朋友圈的额外购买者 ÷ 广播式信息流的（种子用户 + KOL）= {value}',
    },
  },
  choices: [
    { text: { en: 'The feed sells more', zh: '信息流卖得更多' }, max: 0.9 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.9, max: 1.1 },
    { text: { en: 'Circles sell more, up to 5×', zh: '朋友圈卖得更多，最多 5 倍' }, min: 1.1, max: 5 },
    { text: { en: 'Circles sell more than 5×', zh: '朋友圈卖得多 5 倍以上' }, min: 5 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'On a broadcast feed, ranking shows a friend’s post to 20% of friends; a KOL’s post reaches about 6% of its followers, as on any platform. Three campaigns: 20 seed users, 1 KOL, or both. How well do they sell?',
        zh: '在广播式信息流上，排序算法只把朋友的帖子给 20% 的朋友看；KOL 的帖子和在任何平台上一样，只触达约 6% 的粉丝。三个活动：20 个种子用户、1 个 KOL，或两者都用。它们卖得怎么样？',
      },
      highlight: ['model.platform'],
    },
    {
      kind: 'run',
      text: { en: 'The broadcast feed: most posts are never shown, and the campaigns stay shallow.', zh: '广播式信息流：大部分帖子从未被展示，活动传不深。' },
      highlight: ['model.platform'],
      world: { en: 'broadcast feed', zh: '广播式信息流' },
      metrics: ['depth', 'incrementalConverted'],
    },
    {
      kind: 'predict',
      text: {
        en: 'Now the same campaigns in private circles, where friends see and trust each other’s posts. How many more extra buyers for seed users + KOL?',
        zh: '现在把同样的活动放进私密朋友圈，朋友能看到并信任彼此的帖子。种子用户 + KOL 会多出多少额外购买者？',
      },
    },
    {
      kind: 'run',
      text: { en: 'Private circles: cascades go more generations deep.', zh: '私密朋友圈：传播能深入更多代。' },
      highlight: ['model.platform'],
      world: { en: 'private circles', zh: '私密朋友圈' },
      metrics: ['depth', 'incrementalConverted'],
      change: [{ path: 'model.platform', value: 'private-circles', what: { en: 'platform: broadcast feed → private circles', zh: '平台：广播式信息流 → 私密朋友圈' } }],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'The platform sets the relationship chain and the interaction. On a broadcast feed people see what the brand paid to show them and little word of mouth follows. In private circles friends see and trust each other’s posts, each share reaches more people who listen, and every strategy brings two to four times the extra buyers. Choose the platform before the tactic.',
        zh: '平台决定了关系链和互动。在广播式信息流上，人们看到的是品牌花钱展示的内容，几乎没有口碑跟进。在私密朋友圈里，朋友能看到并信任彼此的帖子，每次分享触达更多愿意听的人，每种策略带来两到四倍的额外购买者。先选平台，再定打法。',
      },
    },
  ],
};
