/**
 * The controls' words in the current language. English lives next to each control's range in
 * fieldSpecs.ts (one place for a control's definition); the Chinese is here, keyed by the
 * control's text id (`spec.textId ?? spec.path`) and by option value. A unit test checks that
 * every control and option of fieldSpecs has its Chinese (label, explanation, unit when English
 * has one), so a new control cannot ship half-translated.
 */
import { currentLocale, type Locale } from '../i18n/locale';
import type { FieldSpec, SelectOption } from './fieldSpecs';

/** Chinese label, explanation and unit of a control. */
export interface FieldTextZh {
  label: string;
  help: string;
  unit?: string;
}

export const FIELD_TEXT_ZH: Record<string, FieldTextZh> = {
  steps: { label: '时间步数', unit: '小时', help: '每次模拟的活动持续多久；一步是一小时。' },
  runs: { label: '模拟次数', unit: '每个策略', help: '蒙特卡洛重复次数：次数越多，色带越窄，用时越长。' },
  seed: { label: '随机种子', help: '任意文字。同样的随机种子在这里和命令行里给出完全相同的数字（不是种子用户策略）。' },
  name: { label: '场景名称', help: '显示在导出文件和文件名中。' },
  'network.kind': { label: '网络', help: '内容在其中传播的社交图的形状。' },
  'network.nodes': { label: '人数', unit: '人', help: '模拟人群中的普通账号数（KOL 账号另外加上）。' },
  'network.meanDegree': { label: '平均关系数', unit: '每人', help: '每个人平均有多少个朋友。' },
  'network.meanDegree@watts-strogatz': { label: '平均关系数', unit: '每人', help: '环形格子上每个人的关系数（偶数）。' },
  'network.communities': { label: '社群数', unit: '个', help: '群的数量（兴趣群、城市、学校）；大小不一。' },
  'network.mixing': { label: '弱关系', help: '每个人的关系中连到其他社群的比例（μ）。' },
  'network.edgesPerNode': { label: '新账号的关系数', unit: '条', help: '每个新账号连到这么多已有账号，偏爱受欢迎的：平均度 ≈ 2 × 这个数。' },
  'network.rewire': { label: '重连概率', help: '格子上的一条关系被改连到随机一人的概率（β）：少量重连就成了小世界。' },
  'network.degreeExponent': { label: '尾部指数 γ', help: 'P(k) ∝ k^−γ：γ 越小，拥有巨大受众的枢纽越多。' },
  'network.minDegree': { label: '最少关系数', unit: '条', help: '每个人至少有这么多关系。' },
  'network.maxDegree': { label: '最多关系数', unit: '条', help: '一个普通账号可能拥有的最大受众。' },
  'network.kols.count': { label: 'KOL 账号', unit: '个', help: '另外加上的大账号（关键意见领袖）；它们的受众服从齐普夫定律。' },
  'network.kols.reach': { label: '最大 KOL 的覆盖', help: '关注最大 KOL 的人占全体的比例；第 r 大的约为 覆盖 / r。' },
  'network.resample': { label: '每次模拟换一个网络', help: '关：所有策略和每次模拟共用一个世界。开：每个模拟序号各自生成网络。' },
  'model.kind': { label: '模型', help: '人们如何决定分享和购买。' },
  'model.probability': { label: '传递概率', help: '一个新被说服的人说服每个朋友的概率（只尝试一次）。' },
  'model.threshold': { label: '阈值 φ', help: '一个人采纳之前，朋友中必须已经采纳的比例。' },
  'model.thresholdSpread': { label: '阈值差异', help: '阈值在人与人之间均匀地相差 ± 这么多；0 = Watts (2002)。' },
  'model.innovation': { label: '创新系数 p', unit: '每步', help: '每一步仅因广告和媒体而采纳的概率。' },
  'model.imitation': { label: '模仿系数 q', unit: '每步', help: '所有邻居都已采纳时，每一步采纳的概率（口碑）。' },
  'model.platform': { label: '平台', help: '人们能看到、多信任每种关系的内容，以及推广多快让人厌烦。' },
  'model.conversion.plateau': { label: '购买上限', help: '口碑最多能让一个人购买的概率。Leskovec 等 2007：购买概率很快停在一个很低的水平。' },
  'model.organicDemand': { label: '自然需求', help: '没有任何活动也会购买的人的比例（基线）。Bass 模型 p ≈ 每年 3%（Sultan 等 1990）：两周约 0.1%。' },
  'model.advocacy': { label: '会推荐的买家', help: '被活动说服的买家向自己的受众推荐的概率。推荐计划的数据：真正推荐的买家只占少数。' },
  'model.conversion.halfDose': { label: '达到一半上限的剂量', unit: '条朋友帖子', help: '卖出上限一半所需的推荐量（1 = 一位信任的朋友发一次）。Backstrom 等 2006：每多一个朋友，作用更小。' },
  'model.conversion.steepness': { label: '陡度', help: '1 = 每个来源的作用递减（Leskovec 等 2007）；2 及以上 = 需要多个来源，即复杂传染（Centola 2010）。' },
  'model.conversion.repeatWeight': { label: '同一来源的重复', help: '已经听过的人再发一次，只算新来源的这么多。Centola 与 Macy 2007：多个声音胜过一个声音重复。' },
  'model.conversion.memoryHalfLife': { label: '记忆半衰期', unit: '小时', help: '一次推荐的影响每过这么多小时减半；0 = 永不遗忘。广告存量半衰期：2–5 周（Leone 1995）。' },
  'model.response.medianHours': { label: '典型响应延迟', unit: '小时', help: '从看到帖子到转发的中位时间。Bakshy 等 2012：在 Facebook 上约 6 小时。' },
  'model.response.spread': { label: '延迟差异', help: '对数正态 σ：多数人几小时内响应，有些人要几天。Iribarren 与 Moro 2009：响应时间呈重尾分布。' },
  'model.adResponse.peakFrequency': { label: '广告效果最好的次数', unit: '次曝光', help: '广告到这一次曝光前逐渐起效，之后效果衰退。Krugman 1972：三次；Schmidt 与 Eisend 2015：最多约 10 次。' },
  'model.kolEngagementDecay': { label: 'KOL 互动衰减', help: '粉丝互动率按 (受众 / 1000)^−衰减 下降。Markerly 2016：点赞率从千粉以下的 8% 降到百万粉以上的 1.7%。' },
  'model.rewards.maxLift': { label: '奖励的最大提升', help: '奖励最多能把分享概率提高多少。Ryu 与 Feick 2007：奖励增加推荐，但奖励大小几乎无关。' },
  'model.rewards.halfSize': { label: '达到一半提升的奖励', help: '以每次转化价值的比例计，买到一半最大提升的奖励：很小，所以回报递减得很快。' },
  'model.rewards.strongTieShare': { label: '亲密朋友间的提升', help: '强关系上的提升比例：朋友本来就会推荐。Ryu 与 Feick 2007：奖励对弱关系有效。' },
  'model.rewards.receiverDiscount': { label: '接收者的折扣', help: '有奖推荐的说服力降低多少。Verlegh 等 2013：接收者会怀疑推荐的动机。' },
  'model.rewards.spam': { label: '奖励带来的反感', help: '在最大提升时，每条有奖帖子额外带来的反感：有奖分享像垃圾信息（推断，无实测）。' },
  'model.engagementSpread': { label: '参与度差异', help: '人们乐于分享的程度相差多少（对数正态 σ，均值 1）；“核心粉丝”种子策略挑选最投入的人。' },
  'model.fatigue.spread': { label: '容忍度差异', help: '人们对推广的容忍度相差多少（对数正态 σ）。' },
  'model.economics.valuePerConversion': { label: '每次转化的价值', unit: '货币', help: '每笔订单赚到的毛利。收入和 ROI 只计算活动带来的销售，不算自然购买。' },
  'model.economics.costPerSeed': { label: '每个种子用户的成本', unit: '货币', help: '每个种子用户（和第二波发布者）付一次。' },
  'model.economics.kolBaseFee': { label: 'KOL 基本费用', unit: '货币', help: '每个受雇 KOL 的固定成本：与种子用户一样赠送的产品加上联络费用。正是每位达人的固定成本使中腰部账号最具性价比（Bakshy 等 2011）。' },
  'model.economics.kolFeePerFollower': { label: 'KOL 每粉丝费用', unit: '货币', help: '按每个受雇 KOL 的粉丝数另加。报价单：每条帖子约每粉丝 1 美分（Hootsuite）。' },
  'model.economics.costPerImpression': { label: '每次广告曝光成本', unit: '货币', help: '向一个人展示一次广告的价格（CPM ÷ 1000）。社交媒体 CPM 约 5–12（WordStream）。' },
  'seeding.method': { label: '种子策略', help: '谁最先拿到内容（不是随机种子）。' },
  'seeding.count': { label: '种子用户', unit: '人', help: '品牌招募多少人最先发布。' },
  'content.quality': { label: '内容质量', help: '吸引力：一次曝光带来一次分享的概率。Goel 等 2012：约 95% 的帖子从未被转发。' },
  'content.relevance': { label: '相关性', help: '与受众兴趣的契合度：同时放大每次曝光的分享概率和购买剂量。' },
  'content.promotional': { label: '推广强度', help: '像广告的程度：每次曝光带来的反感（太多就会被屏蔽）。' },
  'content.halfLife': { label: '新鲜度半衰期', unit: '小时', help: '每一波内容的分享概率每过这么多小时减半；0 = 永不过时。' },
  'content.waves': { label: '内容波次', unit: '开始的小时', help: '种子用户发布的时间（小时），例如“0, 48”。每次都是新的一波。' },
  'kols.hire': { label: '雇用的 KOL', unit: '个', help: '雇用多少个 KOL 账号，从下面的排名开始；每个都要付费（基本费 + 按粉丝计费）。' },
  'kols.fromRank': { label: '从第几名开始雇用', help: '1 = 从最大的 KOL 开始。Bakshy 等 2011：较小、较便宜的账号每花一元钱往往卖得更多。' },
  'kols.step': { label: 'KOL 发布时间', unit: '小时', help: '受雇 KOL 何时发布。' },
  'incentives.rewardPerShare': { label: '每次分享的奖励', unit: '货币', help: '每次自然分享付的奖励：弱关系上分享更多，成本和反感也更多；回报递减很快（Ryu 与 Feick 2007）。' },
  brandReplies: { label: '品牌回复', help: '官方账号回复的分享者比例；一次回复带来一份来自品牌的剂量。' },
  'ads.reach': { label: '广告覆盖', unit: '每小时', help: '每小时看到广告的人的比例，不论之前是否看过；每次曝光都要付费。Facebook：约 0.9% 点击，点击中约 9% 购买（WordStream）。' },
  'ads.from': { label: '广告开始', unit: '小时', help: '广告活动的第一个小时。' },
};

/** Chinese option labels of the select controls, by control and value. */
export const OPTION_TEXT_ZH: Record<string, Record<string, string>> = {
  'network.kind': {
    communities: '社群（群 + 弱关系）',
    'barabasi-albert': '无标度（Barabási–Albert）',
    'erdos-renyi': '随机（Erdős–Rényi）',
    'watts-strogatz': '小世界（Watts–Strogatz）',
    configuration: '幂律度分布（configuration）',
    'fully-mixed': '完全混合（人人可见）',
    'edge-list': '上传的边列表',
  },
  'model.kind': {
    dividend: '红利模型（内容 × 网络 × 互动）',
    'independent-cascade': '独立级联',
    'linear-threshold': '线性阈值（Watts）',
    bass: 'Bass 扩散',
  },
  'model.platform': {
    neutral: '中性（教科书：全都能看到、全都信任）',
    'broadcast-feed': '广播式信息流（类似微博/X）',
    'private-circles': '私密朋友圈（类似微信朋友圈）',
    'group-chats': '群聊',
  },
  'seeding.method': {
    random: '随机的人',
    degree: '粉丝最多的人',
    bridges: '桥（群与群之间）',
    kcore: '网络核心（k-core）',
    'core-fans': '核心粉丝（最投入的人）',
    manual: '指定的节点（来自文件）',
  },
};

/** The id under which a control's translations are kept. */
export function textIdOf(spec: FieldSpec): string {
  return spec.textId ?? spec.path;
}

const cache = new WeakMap<FieldSpec, FieldSpec>();

/** An option list in the current language (English when a label has no translation). */
export function localizedOptions(controlId: string, options: readonly SelectOption[], locale: Locale = currentLocale()): SelectOption[] {
  if (locale === 'en') return [...options];
  const table = OPTION_TEXT_ZH[controlId] ?? {};
  return options.map((o) => ({ value: o.value, label: table[o.value] ?? o.label }));
}

/**
 * The control in the current language. Same object in English; in Chinese one cached copy per
 * control, so a component re-rendering does not hand its field a new spec each time.
 */
export function localizedField(spec: FieldSpec, locale: Locale = currentLocale()): FieldSpec {
  if (locale === 'en') return spec;
  let out = cache.get(spec);
  if (!out) {
    const zh = FIELD_TEXT_ZH[textIdOf(spec)];
    out = { ...spec, label: zh?.label ?? spec.label, help: zh?.help ?? spec.help, unit: spec.unit === undefined ? undefined : (zh?.unit ?? spec.unit) };
    if (spec.options) out.options = localizedOptions(relativeControlId(spec.path), spec.options, locale);
    cache.set(spec, out);
  }
  return out;
}

/** `strategies[2].seeding.method` → `seeding.method` (option tables are per control, not per strategy). */
function relativeControlId(path: string): string {
  return path.replace(/^strategies\[\d+\]\./, '');
}
