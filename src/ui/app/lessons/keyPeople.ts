/** Lesson: key people bring most orders — the 80/20 rule of referrals. */
import type { Lesson } from './lessonTypes';

export const KEY_PEOPLE: Lesson = {
  id: 'key-people',
  preset: 'lesson-key-people',
  title: { en: 'Key people bring most orders', zh: '关键少数带来大部分订单' },
  summary: {
    en: 'Trace every order back to the person who passed the post on: how much comes from the top 20% of sharers?',
    zh: '把每笔订单追溯到转发帖子的那个人：排名前 20% 的分享者带来了多少？',
  },
  strategyNames: [
    { en: '20 random seed users', zh: '20 个随机种子用户' },
    { en: '20 best-connected seed users', zh: '20 个人脉最广的种子用户' },
  ],
  measure: {
    metric: 'concentration',
    of: { strategy: 0 },
    format: 'percent',
    text: { en: 'orders referred by the top 20% of sharers = {value}', zh: '前 20% 的分享者带来的订单 = {value}' },
  },
  choices: [
    { text: { en: 'About their fair share: under 40%', zh: '与人数相称：不到 40%' }, max: 0.4 },
    { text: { en: '40–60%', zh: '40% 到 60%' }, min: 0.4, max: 0.6 },
    { text: { en: '60–90%', zh: '60% 到 90%' }, min: 0.6, max: 0.9 },
    { text: { en: 'Over 90%', zh: '超过 90%' }, min: 0.9 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: 'A few people have many more friends than most. Every buyer was reached by someone. Of all the orders that friends brought in, what share came from the top 20% of sharers?',
        zh: '少数人的朋友比大多数人多得多。每个购买者都是被某个人触达的。在朋友带来的所有订单里，排名前 20% 的分享者带来了多大比例？',
      },
      highlight: ['strategies[0].seeding.method', 'strategies[1].seeding.method'],
    },
    { kind: 'predict', text: { en: 'The class’s guess for the top 20%:', zh: '全班对前 20% 的估计：' } },
    {
      kind: 'run',
      text: {
        en: 'Whether we start from random people or from the best-connected ones, a minority of sharers carries the sales; the best-connected start brings about 3.5 times the extra buyers.',
        zh: '无论从随机的人开始，还是从人脉最广的人开始，都是少数分享者撑起了销售；从人脉最广的人开始，额外购买者约为 3.5 倍。',
      },
      highlight: ['strategies[1].seeding.method'],
      metrics: ['concentration', 'incrementalConverted'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'The relationship chain is unequal, even more than the 80/20 rule says. Buying is rare (a friend’s post convinces about 1 person in 40), so most sharers bring no order at all, and the few whose friends trust them and listen bring nearly all of them: the top 20% of sharers refer nearly every order. Find them, serve them, reply to them: interaction with key people is worth more than reaching everyone a little.',
        zh: '关系链是不平等的，甚至比 80/20 法则说的还不平等。购买很少见（一位朋友的帖子大约只能说服 40 人中的 1 个），所以大多数分享者一单也没带来，而少数朋友信任并愿意听的人带来了几乎全部订单：前 20% 的分享者带来了几乎每一笔订单。找到他们、服务好他们、回复他们：与关键少数的互动，比把每个人都触达一点更有价值。',
      },
    },
  ],
};
