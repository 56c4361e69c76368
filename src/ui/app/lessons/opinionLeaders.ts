/** Lesson: opinion leaders vs connectors — big audiences in one place, or a foot in many groups. */
import type { Lesson } from './lessonTypes';

export const OPINION_LEADERS: Lesson = {
  id: 'opinion-leaders-vs-connectors',
  preset: 'lesson-opinion-leaders-vs-connectors',
  title: { en: 'Opinion leaders vs connectors', zh: '意见领袖与连接者' },
  summary: {
    en: '20 people with the most friends, or 20 people who sit between groups: who reaches more people, and who reaches more groups.',
    zh: '20 个朋友最多的人，还是 20 个处在群与群之间的人：谁触达的人更多，谁触达的群更多。',
  },
  strategyNames: [
    { en: '20 opinion leaders', zh: '20 个意见领袖' },
    { en: '20 connectors', zh: '20 个连接者' },
  ],
  measure: {
    metric: 'reached',
    of: { strategy: 0 },
    over: { strategy: 1 },
    format: 'ratio',
    text: { en: 'people reached by opinion leaders ÷ by connectors = {value}', zh: '意见领袖的触达人数 ÷ 连接者的触达人数 = {value}' },
  },
  choices: [
    { text: { en: 'The connectors reach more people', zh: '连接者触达的人更多' }, max: 0.8 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.8, max: 1.25 },
    { text: { en: 'The opinion leaders reach more people', zh: '意见领袖触达的人更多' }, min: 1.25 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: '40 tight groups with very few links between them. We can give the post to 20 opinion leaders (the people with the most friends) or to 20 connectors (the people with the most ties to other groups). Who spreads it further?',
        zh: '40 个紧密的群，群与群之间的连接很少。我们可以把帖子交给 20 个意见领袖（朋友最多的人），或 20 个连接者（与其他群联系最多的人）。谁传得更远？',
      },
      highlight: ['strategies[0].seeding.method', 'strategies[1].seeding.method'],
    },
    { kind: 'predict', text: { en: 'Who reaches more people?', zh: '谁触达的人更多？' } },
    {
      kind: 'run',
      text: {
        en: 'Watch both panels of the animation: the opinion leaders light up their own groups; the connectors’ posts start small but spread over more groups (switch to the community map).',
        zh: '看动画的两个面板：意见领袖点亮他们自己的群；连接者的帖子起点小，却分布在更多的群里（切换到社群地图看）。',
      },
      highlight: ['strategies[0].seeding.method', 'strategies[1].seeding.method'],
      metrics: ['reached', 'incrementalConverted'],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'Same information, and about the same interaction (close to 3 in 100 reached people buy because of the campaign); the relationship chain decides. Opinion leaders have big audiences, so each share reaches more people: they reach about twice as many people and bring about twice the extra buyers. Connectors have small audiences but sit between groups, so the post touches more groups, even when fewer people in each. Choose opinion leaders for reach inside a market, connectors to get into new circles.',
        zh: '信息相同，互动也差不多（被触达的人中约有百分之三因活动而购买），决定差别的是关系链。意见领袖受众大，每次分享触达更多人，所以他们触达的人大约多一倍，带来的额外购买者也大约多一倍。连接者受众小，但处在群与群之间，所以帖子进入的群更多，即使每个群里的人更少。想在一个市场里扩大覆盖就选意见领袖，想打进新的圈子就选连接者。',
      },
    },
  ],
};
