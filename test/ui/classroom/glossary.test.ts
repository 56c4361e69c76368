/**
 * The introduction's glossary is complete in both languages: the terms the issue asks for
 * (seeding vs random seed, reach, sharing, conversion, lift, R) each have a name and a meaning
 * in English and in Chinese, the Chinese is Chinese (not a copy of the English), and the two
 * seeds are told apart in both languages.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS, glossaryKeys } from '../../../src/ui/app/intro/glossary';
import { EN } from '../../../src/ui/i18n/messages.en';
import { ZH_CN } from '../../../src/ui/i18n/messages.zh-CN';

const CJK = /[\u4e00-\u9fff]/;

describe('intro glossary', () => {
  it('holds exactly the terms a first-time visitor needs, in order', () => {
    expect([...GLOSSARY_TERMS]).toEqual(['seeding', 'randomSeed', 'reach', 'sharing', 'conversion', 'lift', 'R']);
  });

  it('names and explains every term in English and Chinese', () => {
    for (const term of GLOSSARY_TERMS) {
      const keys = glossaryKeys(term);
      for (const key of [keys.term, keys.definition]) {
        expect(EN[key].trim().length, `${key} en`).toBeGreaterThan(0);
        expect(ZH_CN[key].trim().length, `${key} zh`).toBeGreaterThan(0);
      }
      expect(ZH_CN[keys.definition], `${term} zh`).toMatch(CJK);
      expect(ZH_CN[keys.definition]).not.toBe(EN[keys.definition]);
      // A meaning is a sentence, not a repeat of the name.
      expect(EN[keys.definition].length).toBeGreaterThan(EN[keys.term].length + 20);
    }
  });

  it('tells the seeding strategy and the random seed apart in both languages', () => {
    expect(EN['intro.def.randomSeed']).toContain('nothing to do with seed users');
    expect(ZH_CN['intro.def.randomSeed']).toContain('和种子用户无关');
    expect(ZH_CN['intro.term.seeding']).not.toBe(ZH_CN['intro.term.randomSeed']);
  });
});
