/**
 * The typed translation catalogue refuses, at compile time, a translation that misses a key, adds
 * one, or changes a placeholder; the Chinese tables have exactly the English keys. Type tests:
 * `npm run typecheck` (tsc over test/) fails if `translation()` stops enforcing this — each
 * `@ts-expect-error` line is an error the compiler must keep reporting. The catalogue is split per
 * feature (src/ui/i18n/messages/); each feature's Chinese is checked against its English, and the
 * joined Chinese catalogue must have every feature.
 */
import { expectTypeOf } from 'vitest';
import { translation } from '../../src/ui/i18n/catalogue';
import { EN } from '../../src/ui/i18n/messages.en';
import { ZH_CN } from '../../src/ui/i18n/messages.zh-CN';
import { APP_ZH } from '../../src/ui/i18n/messages/app.zh-CN';
import { EDITING_EN } from '../../src/ui/i18n/messages/editing.en';
import { EDITING_ZH } from '../../src/ui/i18n/messages/editing.zh-CN';

const SOURCE = { greet: 'Hello {name}', bye: 'Goodbye' } as const;
const french = translation<typeof SOURCE>();

expectTypeOf(french({ greet: 'Bonjour {name}', bye: 'Au revoir' })).toEqualTypeOf<{ readonly greet: string; readonly bye: string }>();
// @ts-expect-error a key of the source is missing
french({ greet: 'Bonjour {name}' });
// @ts-expect-error a key the source does not have
french({ greet: 'Bonjour {name}', bye: 'Au revoir', extra: 'en plus' });
// @ts-expect-error a placeholder renamed
french({ greet: 'Bonjour {nom}', bye: 'Au revoir' });
// @ts-expect-error a placeholder dropped
french({ greet: 'Bonjour', bye: 'Au revoir' });

expectTypeOf<keyof typeof ZH_CN>().toEqualTypeOf<keyof typeof EN>();
// Each feature's Chinese has exactly its English keys…
expectTypeOf<keyof typeof EDITING_ZH>().toEqualTypeOf<keyof typeof EDITING_EN>();
// …and the joined Chinese catalogue cannot leave a feature out.
// @ts-expect-error every feature but one
export const partial: typeof ZH_CN = { ...APP_ZH };
