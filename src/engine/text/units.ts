/** Units of length, read once for answers and for the digest's slots alike: one table, so both compare in one scale. */
const METRES: [RegExp, number][] = [
  [/^(?:km|kms|kilomet)/i, 1000],
  [/^miles?$/i, 1609],
  [/^nautical$/i, 1852],
  [/^(?:feet|foot|ft)$/i, 0.3048],
  [/^(?:yards?|yds?)$/i, 0.9144],
  [/^(?:m|met(?:re|er)s?)$/i, 1],
];

/** Metres in one of the unit ("5 km": 1000), or undefined when the word is no unit of length. */
export function metresPer(unit: string): number | undefined {
  return METRES.find(([re]) => re.test(unit))?.[1];
}
