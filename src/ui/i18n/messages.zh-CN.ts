/**
 * 简体中文界面文字: the Chinese of every feature's messages (messages/<feature>.zh-CN.ts, each
 * checked by `translation()` against its English: the same keys and, per message, the same
 * `{placeholders}`), joined here. The type makes a feature left out a compile error. Terms used
 * throughout: 社交红利 (social dividend) = 信息 (information) × 关系链 (relationship chain) × 互动
 * (interaction); 策略 strategy, 基准 baseline, 种子用户 seed users, 触达 reached, 转化 conversion,
 * 屏蔽 muted, 强关系/弱关系 strong/weak ties, 社群 community, 意见领袖 opinion leaders, 连接者 connectors.
 */
import type { MessageKey } from './messages.en';
import { APP_ZH } from './messages/app.zh-CN';
import { SCENARIO_ZH } from './messages/scenario.zh-CN';
import { FIELDS_ZH } from './messages/fields.zh-CN';
import { EDITING_ZH } from './messages/editing.zh-CN';
import { STRATEGY_NAMES_ZH } from './messages/strategyNames.zh-CN';
import { CHARTS_ZH } from './messages/charts.zh-CN';
import { NETWORK_ZH } from './messages/network.zh-CN';
import { LESSONS_ZH } from './messages/lessons.zh-CN';
import { INTRO_ZH } from './messages/intro.zh-CN';
import { ANALYSIS_ZH } from './messages/analysis.zh-CN';
import { CALIBRATION_ZH } from './messages/calibration.zh-CN';
import { VERDICT_ZH } from './messages/verdict.zh-CN';
import { PROBLEMS_ZH } from './messages/problems.zh-CN';

export const ZH_CN: Record<MessageKey, string> = {
  ...APP_ZH,
  ...SCENARIO_ZH,
  ...FIELDS_ZH,
  ...EDITING_ZH,
  ...STRATEGY_NAMES_ZH,
  ...CHARTS_ZH,
  ...NETWORK_ZH,
  ...LESSONS_ZH,
  ...INTRO_ZH,
  ...ANALYSIS_ZH,
  ...CALIBRATION_ZH,
  ...VERDICT_ZH,
  ...PROBLEMS_ZH,
};
