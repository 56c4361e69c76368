/**
 * The words of default strategy names, per language. Kept apart from the UI catalogue because a
 * name is written into the scenario: it is data once chosen, and both languages are needed to
 * recognise a default name written in the other one.
 */
import type { Locale } from '../../i18n/locale';

export interface NameText {
  kols: (n: string, one: boolean) => string;
  seeds: (n: string, one: boolean, method: string) => string;
  reward: (value: string) => string;
  ads: (percentPerHour: string) => string;
  nothing: string;
  /** Short seeding-method words (random people need none). */
  methods: Record<string, string>;
}

export const NAME_TEXT: Record<Locale, NameText> = {
  en: {
    kols: (n, one) => `hire ${n} KOL${one ? '' : 's'}`,
    seeds: (n, one, method) => `${n} ${method ? `${method} ` : ''}seed user${one ? '' : 's'}`,
    reward: (v) => `reward ${v} per share`,
    ads: (p) => `ads to ${p}% per hour`,
    nothing: 'No campaign',
    methods: { degree: 'most followed', bridges: 'bridge', kcore: 'core', 'core-fans': 'core-fan', manual: 'chosen' },
  },
  'zh-CN': {
    kols: (n) => `雇 ${n} 个 KOL`,
    seeds: (n, _one, method) => `${n} 个${method}种子用户`,
    reward: (v) => `每次分享奖励 ${v}`,
    ads: (p) => `广告每小时 ${p}%`,
    nothing: '不投放',
    methods: { degree: '粉丝最多的', bridges: '桥接', kcore: '核心', 'core-fans': '铁粉', manual: '指定的' },
  },
};
