/** 默认策略名称的用词（简体中文）；键与占位符由编译器对照 strategyNames.en.ts 检查。 */
import { translation } from '../catalogue';
import type { STRATEGY_NAMES_EN } from './strategyNames.en';

export const STRATEGY_NAMES_ZH = translation<typeof STRATEGY_NAMES_EN>()({
  'strategyName.kols.one': '雇 {n} 个 KOL',
  'strategyName.kols.other': '雇 {n} 个 KOL',
  'strategyName.seeds.one': '{n} 个种子用户',
  'strategyName.seeds.other': '{n} 个种子用户',
  'strategyName.methodSeeds.one': '{n} 个{method}种子用户',
  'strategyName.methodSeeds.other': '{n} 个{method}种子用户',
  'strategyName.reward': '每次分享奖励 {v}',
  'strategyName.ads': '广告每小时 {p}%',
  'strategyName.nothing': '不投放',
  'strategyName.method.degree': '粉丝最多的',
  'strategyName.method.bridges': '桥接',
  'strategyName.method.kcore': '核心',
  'strategyName.method.core-fans': '铁粉',
  'strategyName.method.manual': '指定的',
});
