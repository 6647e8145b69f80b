import { getLocale } from './runtime';

/** A count as the interface's language writes it: 5,000 in English, 5 000 in Russian. */
export const formatCount = (n: number): string => n.toLocaleString(getLocale());
