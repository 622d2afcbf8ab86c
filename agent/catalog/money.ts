/**
 * USD amounts as people read them: "$2", "$2.50", "$0.005", "$1,234.56". Prices keep
 * their significant digits (a $0.0011 image must not print as $0.00); amounts of a dollar
 * or more get cents.
 */
// Made once: toLocaleString with options builds a new formatter per call (every priced agent turn formats a dozen counts).
const WHOLE = new Intl.NumberFormat('en-US');
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatUsd(amount: number): string {
  const n = Math.round(amount * 1e10) / 1e10; // drop float noise such as 0.30000000000000004
  if (n === 0) return '$0';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  if (Number.isInteger(abs)) return `${sign}$${WHOLE.format(abs)}`;
  if (abs >= 1) {
    return `${sign}$${CENTS.format(abs)}`;
  }
  // Three significant digits below a dollar, at least two decimals.
  const decimals = Math.min(10, Math.max(2, Math.ceil(-Math.log10(abs)) + 2));
  const fixed = abs.toFixed(decimals).replace(/0+$/, '');
  const [whole = '0', fraction = ''] = fixed.split('.');
  return `${sign}$${whole}.${fraction.padEnd(2, '0')}`;
}

/** "1,048,576". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1M", "400k", "65,536": token counts the way price lists and model pages write them. */
export function formatTokensShort(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 1_000 === 0) return `${n / 1_000}k`;
  return formatCount(n);
}
