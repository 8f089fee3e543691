/**
 * A small seeded generator for property tests (the same cases on every run): `int(n)` in [0, n),
 * and `string(alphabet, max)`, up to max - 1 symbols drawn from the alphabet.
 */
export function seeded(seed: number): { int: (n: number) => number; string: (alphabet: readonly string[], max: number) => string } {
  const int = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const string = (alphabet: readonly string[], max: number): string => {
    let s = '';
    for (let i = int(max); i > 0; i--) s += alphabet[int(alphabet.length)];
    return s;
  };
  return { int, string };
}
