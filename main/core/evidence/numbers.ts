// Reading the numbers of a figure: digits with separators, spelled numbers, scale words, currencies, percentages.
// Pure tables and small functions, shared by the figure parser and the CLI's --value option.

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

export const SPELLED: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  half: 0.5,
};

/** Currency symbols and words → ISO 4217. Symbols shared by several currencies read as the most common one. */
export const CURRENCY_SYMBOLS: Record<string, string> = { US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₴': 'UAH', C$: 'CAD', A$: 'AUD', HK$: 'HKD', 'CHF ': 'CHF' };
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  francs: 'CHF',
  kronor: 'SEK',
  krone: 'NOK',
  lira: 'TRY',
  shekels: 'ILS',
  won: 'KRW',
  pesos: 'MXN',
  reais: 'BRL',
};
export const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'RUB', 'CNY', 'INR', 'UAH', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'TRY', 'ILS', 'KRW', 'MXN', 'BRL', 'HKD', 'PLN', 'CZK']);

/** "8,400" → 8400, "10.8" → 10.8, "two" → 2, "twenty-five" → 25; undefined for anything else. */
export function readNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in SPELLED) return SPELLED[t];
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound) return SPELLED[compound[1]!]! + SPELLED[compound[2]!]!;
  return undefined;
}

/**
 * A value as a person types it: "6000000", "6,000,000", "6 million", "6m", "1e6", "35%" (→ 0.35).
 * @returns undefined when it is not a number
 */
export function readValue(input: string): number | undefined {
  const t = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^-?\d+(\.\d+)?e[+-]?\d+$/.test(t)) return Number(t);
  const m = /^(-?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z-]+)\s?(%|percent|per cent|[a-z]+)?$/.exec(t);
  if (!m) return undefined;
  const base = readNumber(m[2]!);
  if (base === undefined) return undefined;
  const sign = m[1] ? -1 : 1;
  const suffix = m[3];
  if (!suffix) return sign * base;
  if (suffix === '%' || suffix === 'percent' || suffix === 'per cent') return roundValue((sign * base) / 100);
  const scale = SCALES[suffix];
  return scale === undefined ? undefined : roundValue(sign * base * scale);
}

/** Products like 10.8 × 1e6 carry binary noise (10800000.000000002); figures are decimal. */
export const roundValue = (n: number): number => Number(n.toPrecision(12));
