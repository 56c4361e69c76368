/** 首次访问时的介绍（简体中文）；键与占位符由编译器对照 intro.en.ts 检查。 */
import { translation } from '../catalogue';
import type { INTRO_EN } from './intro.en';

export const INTRO_ZH = translation<typeof INTRO_EN>()({
  // ── 入门介绍（首次访问时显示；“?”按钮可重新打开） ──
  'intro.button': '?',
  'intro.buttonLabel': '入门介绍和术语表',
  'intro.title': '欢迎来到社交红利实验室',
  'intro.what': '社交红利实验室模拟一条内容在一个虚构的社交网络中传播，并把看到它的人转化为购买者，让你在花钱之前比较不同的发布策略。所有计算都在你的浏览器中进行；同一个场景和随机种子总是得到相同的数字。',
  'intro.firstTitle': '先做什么',
  'intro.first1': '页面打开时已经模拟好一个场景：先看策略卡片下方的对比结果。',
  'intro.first2': '改动一个设置（策略卡片或左侧面板中的滑块），看图表随之变化。',
  'intro.first3': '上课用？打开“课程”（按 L 键）：现成的课程，带有全班预测环节。“演示”会把一切放大，适合投影。',
  'intro.glossaryTitle': '你会遇到的术语',
  'intro.startLesson': '开始一节课',
  'intro.explore': '自己探索',
  'intro.reopen': '此后这段介绍不再自动出现；顶部的“?”按钮可以重新打开它。',
  'intro.term.seeding': '播种（种子策略）',
  'intro.def.seeding': '谁最先拿到内容：策略挑选的种子用户（随机的人、连接最多的人、群体之间的桥梁……）。这是你做的选择。',
  'intro.term.randomSeed': '随机种子',
  'intro.def.randomSeed': '一段固定模拟中随机抽取的文字：同一个随机种子得到相同的数字，换一个种子就得到另一组同样可能的模拟。它和种子用户无关。',
  'intro.term.reach': '触达（触达人数）',
  'intro.def.reach': '至少看到过一次内容的人——无论来自朋友、KOL、品牌还是广告。',
  'intro.term.sharing': '分享',
  'intro.def.sharing': '有人把内容转给自己的受众。每看到一次就是一次分享的机会；大多数内容从未被转发。',
  'intro.term.conversion': '转化',
  'intro.def.conversion': '有人购买。有些人即使没有任何活动也会购买（自然购买者）。',
  'intro.term.lift': '增量（额外购买者）',
  'intro.def.lift': '活动带来的购买者：有活动时的购买者减去同一个世界中没有活动时的购买者。每笔销售的成本和 ROI 都按增量计算，而不是按总数。',
  'intro.term.R': 'R',
  'intro.def.R': '每个分享者带来的新分享者人数。小于 1 时传播会逐渐消失；大于 1 时可以持续扩大——这就是引爆点。',
});
