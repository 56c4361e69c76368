/** Lesson: weak ties and clusters — weak ties spread the word, clusters close the sale (Granovetter 1973; Centola 2010). */
import type { Lesson } from './lessonTypes';

export const WEAK_TIES: Lesson = {
  id: 'weak-ties',
  preset: 'lesson-weak-ties-closed',
  title: { en: 'Weak ties and clusters', zh: '弱关系与社群' },
  summary: {
    en: 'Closed groups, then the same groups bridged by a few acquaintances: who hears about the post, and who buys.',
    zh: '先看封闭的群，再用少量“点头之交”把同样的群连起来：谁听说了这条帖子，谁买了。',
  },
  strategyNames: [{ en: '3 seed users', zh: '3 个种子用户' }],
  measure: {
    metric: 'reached',
    of: { strategy: 0, step: 3 },
    over: { strategy: 0, step: 1 },
    format: 'ratio',
    text: { en: 'people reached with bridges ÷ without = {value}', zh: '有桥时的触达人数 ÷ 没有桥时 = {value}' },
  },
  choices: [
    { text: { en: 'About the same, or fewer', zh: '差不多，或更少' }, max: 1.15 },
    { text: { en: 'More, up to twice as many', zh: '更多，最多两倍' }, min: 1.15, max: 2 },
    { text: { en: 'More than twice as many', zh: '两倍以上' }, min: 2 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: '10,000 people in 100 groups; every tie stays inside its group. 3 random people post a very shareable post. How far can it go?',
        zh: '一万人分在 100 个群里，所有关系都在群内。3 个随机的人发布一条非常值得分享的帖子。它能传多远？',
      },
      highlight: ['network.mixing'],
    },
    {
      kind: 'run',
      text: { en: 'Closed groups: the post stays in the seed users’ own groups.', zh: '封闭的群：帖子只留在种子用户自己的群里。' },
      highlight: ['network.mixing'],
      world: { en: 'closed groups', zh: '封闭的群' },
      metrics: ['reached', 'incrementalConverted'],
    },
    {
      kind: 'predict',
      text: {
        en: 'Now 10% of everyone’s ties become weak ties to other groups, seen and trusted a little less than a close friend. How many more people will the post reach?',
        zh: '现在每个人 10% 的关系变成连向其他群的弱关系，被看到和被信任的程度都比亲密朋友低一些。帖子会多触达多少人？',
      },
    },
    {
      kind: 'run',
      text: {
        en: 'Bridged groups: weak ties carry the post into new groups. Compare reached, extra buyers and the interaction column (the share of reached people who buy) with the closed world.',
        zh: '有桥的群：弱关系把帖子带进新的群。与封闭的世界比较触达人数、额外购买者和互动一栏（被触达的人中购买的比例）。',
      },
      highlight: ['network.mixing'],
      world: { en: 'bridged groups', zh: '有桥的群' },
      metrics: ['reached', 'incrementalConverted'],
      change: [{ path: 'network.mixing', value: 0.1, what: { en: 'weak ties 0% → 10%', zh: '弱关系 0% → 10%' } }],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Weak ties spread the word; clusters close the sale. Weak ties are the only way out of a group, so the post reaches more people in many more groups (Granovetter 1973). But buying needs reinforcement from several friends (Centola 2010), which a closed group gives best: there a larger share of the reached people buy (about 3.7% against 3.0%). Folk wisdom says “reach more people”; research says reach carries the news, and tight groups turn it into sales.',
        zh: '弱关系负责传播，社群负责成交。弱关系是离开一个群的唯一通道，所以帖子触达更多的人，进入多得多的群（Granovetter 1973）。但购买需要来自几位朋友的强化（Centola 2010），封闭的群最能提供这种强化：在那里，被触达的人中购买的比例更高（约 3.7% 对 3.0%）。常识说“触达更多的人”；研究说，触达传递消息，紧密的群才把它变成销量。',
      },
    },
  ],
};
