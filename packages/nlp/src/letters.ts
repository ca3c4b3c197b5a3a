/**
 * @module letters
 * Letters that Unicode decomposition (NFD) leaves whole, with the Latin spelling name matching
 * uses for them ("Łukaszenka" → "lukaszenka", "Øresund" → "oresund"). Shared by the place and actor
 * name folders so both fold a name the same way.
 */
export const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ə: 'a',
  ħ: 'h',
};
