/** Lesson: weak ties and clusters — bridges spread the news, strong ties close the sale. */
import type { Lesson } from './lessonTypes';

export const WEAK_TIES: Lesson = {
  id: 'weak-ties',
  preset: 'lesson-weak-ties-closed',
  title: { en: 'Weak ties and clusters', zh: '弱关系与社群' },
  summary: {
    en: 'Closed groups, then the same groups bridged by a few acquaintances: who hears about the post, and who buys.',
    zh: '先看封闭的群，再用少量“点头之交”把同样的群连起来：谁听说了这条帖子，谁买了。',
  },
  strategyNames: [{ en: '10 seed users', zh: '10 个种子用户' }],
  measure: {
    metric: 'reached',
    of: { strategy: 0, step: 3 },
    over: { strategy: 0, step: 1 },
    format: 'ratio',
    text: { en: 'people reached with bridges ÷ without = {value}', zh: '有桥时的触达人数 ÷ 没有桥时 = {value}' },
  },
  choices: [
    { text: { en: 'About the same', zh: '差不多' }, max: 1.2 },
    { text: { en: 'More, up to twice as many', zh: '更多，最多两倍' }, min: 1.2, max: 2 },
    { text: { en: 'More than twice as many', zh: '两倍以上' }, min: 2 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: '10,000 people in 40 groups; every tie stays inside its group. 10 random people post. How far can the post go?',
        zh: '一万人分在 40 个群里，所有关系都在群内。10 个随机的人发布。帖子能传多远？',
      },
      highlight: ['network.mixing'],
    },
    {
      kind: 'run',
      text: { en: 'Closed groups: the post stays in the seed users’ own groups.', zh: '封闭的群：帖子只留在种子用户自己的群里。' },
      highlight: ['network.mixing'],
      world: { en: 'closed groups', zh: '封闭的群' },
      metrics: ['reached', 'converted'],
    },
    {
      kind: 'predict',
      text: {
        en: 'Now 10% of everyone’s ties become weak ties to other groups. How many more people will the post reach?',
        zh: '现在每个人 10% 的关系变成连向其他群的弱关系。帖子会多触达多少人？',
      },
    },
    {
      kind: 'run',
      text: {
        en: 'Bridged groups: weak ties carry the post into new groups. Compare reached and buyers with the closed world.',
        zh: '有桥的群：弱关系把帖子带进新的群。与封闭的世界比较触达人数和购买人数。',
      },
      highlight: ['network.mixing'],
      world: { en: 'bridged groups', zh: '有桥的群' },
      metrics: ['reached', 'converted'],
      change: [{ path: 'network.mixing', value: 0.1, what: { en: 'weak ties 0% → 10%', zh: '弱关系 0% → 10%' } }],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'The relationship chain has two kinds of links. Weak ties are the only way out of a group, so they spread the news to far more people and groups. Strong ties inside a group give the several trusted exposures that make people buy, so the closed world converts a much larger share of the people it reaches: weak ties spread, strong ties sell.',
        zh: '关系链有两种连接。弱关系是离开一个群的唯一通道，所以它们把消息传给多得多的人和群。群内的强关系提供让人购买所需的多次可信曝光，所以封闭的世界里，被触达的人中转化的比例要高得多：弱关系负责传播，强关系负责成交。',
      },
    },
  ],
};
