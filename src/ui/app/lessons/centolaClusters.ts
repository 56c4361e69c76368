/**
 * Lesson: clusters close the sale — a product that needs reinforcement from several buyers
 * spreads farther on a clustered lattice than on a random network of the same degree
 * (Centola 2010: 54% vs 38%), although more people hear of it on the random one.
 */
import type { Lesson } from './lessonTypes';

export const CENTOLA_CLUSTERS: Lesson = {
  id: 'centola-clusters',
  preset: 'lesson-centola-clusters',
  title: { en: 'Clusters close the sale (Centola)', zh: '社群促成成交（Centola）' },
  summary: {
    en: 'A product people buy only after several friends did: on a clustered network or a random one of the same degree, where do more people buy?',
    zh: '一个要等几位朋友买了才会买的产品：在聚簇的网络上，还是在度数相同的随机网络上，买的人更多？',
  },
  strategyNames: [{ en: 'a person and their 6 neighbours', zh: '一个人和他的 6 个邻居' }],
  measure: {
    metric: 'converted',
    of: { strategy: 0, step: 2 },
    over: { strategy: 0, step: 3 },
    format: 'ratio',
    text: { en: 'buyers on the clustered lattice ÷ on the random network = {value}', zh: '聚簇格子上的购买者 ÷ 随机网络上的 = {value}' },
  },
  choices: [
    { text: { en: 'The random network sells more', zh: '随机网络卖得更多' }, max: 0.87 },
    { text: { en: 'About the same', zh: '差不多' }, min: 0.87, max: 1.15 },
    { text: { en: 'The clustered lattice sells more', zh: '聚簇格子卖得更多' }, min: 1.15 },
  ],
  steps: [
    {
      kind: 'question',
      text: {
        en: '144 people, 6 contacts each. Nobody shares this product just for seeing it; only buyers recommend it, and one recommending friend rarely convinces anyone: two or three do. On a ring lattice each person’s contacts also know each other; rewired at random, contacts are strangers to each other, and paths are short. Where do more people buy?',
        zh: '144 个人，每人 6 个联系人。没有人只因看到这个产品就分享它；只有购买者会推荐，而一位朋友推荐很少能说服人，要两三位才行。在环形格子上，每个人的联系人彼此也认识；随机重连后，联系人彼此陌生，路径也短。哪里买的人更多？',
      },
      highlight: ['network.rewire', 'model.conversion.steepness', 'model.advocacy'],
    },
    { kind: 'predict', text: { en: 'Clustered lattice or random network?', zh: '聚簇格子还是随机网络？' } },
    {
      kind: 'run',
      text: {
        en: 'The clustered lattice: every new buyer’s neighbours already heard from other buyers, so the product advances around the ring, slowly but surely.',
        zh: '聚簇的格子：每个新购买者的邻居已经从其他购买者那里听说过，所以产品沿着环慢慢地、稳稳地推进。',
      },
      highlight: ['network.rewire'],
      world: { en: 'clustered lattice', zh: '聚簇格子' },
      metrics: ['reached', 'converted'],
    },
    {
      kind: 'run',
      text: {
        en: 'Every tie rewired at random, 6 contacts each still. Compare reached and buyers with the lattice.',
        zh: '每条关系都随机重连，每人仍有 6 个联系人。与格子比较触达人数和购买人数。',
      },
      highlight: ['network.rewire'],
      world: { en: 'random network', zh: '随机网络' },
      metrics: ['reached', 'converted'],
      change: [{ path: 'network.rewire', value: 1, what: { en: 'rewired ties 0% → 100%', zh: '重连的关系 0% → 100%' } }],
    },
    {
      kind: 'takeaway',
      text: {
        en: 'For a product people buy only on reinforcement, clusters close the sale. On the random network more people hear of it (about 75 against 44), but few hear from two or three buyers, so about 15% buy; on the lattice the clusters give that reinforcement and about 26% buy. Centola (2010) found the same in an experiment with 1,528 people: 54% adopted on clustered networks, 38% on random ones. Folk wisdom says “reach as many people as possible”; for costly, risky or unproven products research says: seed a tight group, not scattered strangers.',
        zh: '对于要靠强化才会购买的产品，社群促成成交。在随机网络上，听说它的人更多（约 75 对 44），但很少有人从两三位购买者那里听到，所以约 15% 的人购买；在格子上，社群提供了这种强化，约 26% 的人购买。Centola（2010）在 1,528 人的实验中发现了同样的结果：聚簇网络中 54% 的人采纳，随机网络中 38%。常识说“触达尽可能多的人”；对于昂贵、有风险或未经证明的产品，研究说：在一个紧密的群里播种，而不是撒给分散的陌生人。',
      },
    },
  ],
};
