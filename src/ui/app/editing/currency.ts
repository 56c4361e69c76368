/**
 * The currency money is labelled in: a UI preference (localStorage), not part of the scenario —
 * the model's money is unit-free, so the choice changes labels only, never a number. Components
 * that show money re-render on a change through CurrencyController.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** ISO 4217 codes offered ('' = plain numbers, no symbol). */
export const CURRENCIES = ['', 'CNY', 'USD', 'EUR', 'GBP', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];

const KEY = 'dividend-lab:currency';
const listeners = new Set<(currency: Currency) => void>();
let current: Currency = readStored();

function readStored(): Currency {
  try {
    const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    return v !== null && (CURRENCIES as readonly string[]).includes(v) ? (v as Currency) : '';
  } catch {
    return '';
  }
}

/** The chosen currency code ('' = none). */
export function currentCurrency(): Currency {
  return current;
}

/** Choose a currency (remembered); unknown codes are ignored. */
export function setCurrency(code: string): void {
  if (!(CURRENCIES as readonly string[]).includes(code) || code === current) return;
  current = code as Currency;
  try {
    if (code === '') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, code);
  } catch {
    // a preference that cannot be kept is not worth a message
  }
  for (const l of [...listeners]) l(current);
}

/** The symbol a label shows for `code` in `locale` ("¥", "US$", "€"); '' for none. */
export function currencySymbol(code: Currency, locale: string): string {
  if (code === '') return '';
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(0).find((p) => p.type === 'currency');
  return part?.value ?? code;
}

/** Re-renders its host when the currency changes. */
export class CurrencyController implements ReactiveController {
  private readonly listener = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.listener);
  }

  hostDisconnected(): void {
    listeners.delete(this.listener);
  }
}
