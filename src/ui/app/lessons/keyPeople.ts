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
        en: 'The relationship chain is unequal, even more than the 80/20 rule says. Buying is rare (a friend’s post convinces about 1 person in 40), so most sharers bring no order at all, and the few whose friends trust them and listen bring nearly all of them: the top 20% of sharers refer nearly every order. But research warns against the folk version, “find the influencers first”: which sharers turn out to be key is hard to predict before launch (Bakshy et al. 2011), and large cascades rest on many easily persuaded people rather than a few influentials (Watts & Dodds 2007). What a brand can choose is who starts — here the best-connected seed users bring about 3.5 times the extra buyers — and, once the key sharers show up, serve them and reply to them.',
        zh: '关系链是不平等的，甚至比 80/20 法则说的还不平等。购买很少见（一位朋友的帖子大约只能说服 40 人中的 1 个），所以大多数分享者一单也没带来，而少数朋友信任并愿意听的人带来了几乎全部订单：前 20% 的分享者带来了几乎每一笔订单。但研究对常识版本“先找到大V”提出了警告：哪些分享者会成为关键人物，在发布前很难预测（Bakshy 等 2011）；大规模传播依靠的是许多容易被说服的人，而不是少数意见领袖（Watts 与 Dodds 2007）。品牌能选择的是由谁开始——这里人脉最广的种子用户带来约 3.5 倍的额外购买者——并在关键分享者出现后，服务好他们、回复他们。',
      },
    },
  ],
};
