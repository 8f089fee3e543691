import { writeFileSync } from 'node:fs';

const CITIES = ['Springfield', 'Riverton', 'Fairview', 'Greenville', 'Kingston', 'Madison', 'Clinton', 'Franklin', 'Salem', 'Oxford'];
const STATES = ['Illinois', 'Ohio', 'Texas', 'Georgia', 'Oregon'];
const FIRST = ['Aaron', 'Bella', 'Carlos', 'Dana', 'Elijah', 'Fatima', 'George', 'Hana', 'Ivan', 'Julia', 'Kofi', 'Lena'];
const LAST = ['Morrow', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rahman', 'Silva', 'Toth', 'Umar', 'Vance', 'Weiss', 'Young'];
const WORDS = ['one', 'two', 'three', 'four'];

/**
 * Small made-up news reports for store, worker and crash tests: two reports per incident, each
 * naming the victim, place and day, with distinct wording (so different content hashes).
 */
export function syntheticDocs(n: number): { id: string; title: string; publishedAt: string; text: string }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / 2);
    const city = CITIES[k % CITIES.length]!;
    const state = STATES[k % STATES.length]!;
    const name = `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}`;
    const day = String(1 + (k % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(k / 28) % 12)).padStart(2, '0');
    const killed = 1 + (k % 3);
    const text =
      i % 2 === 0
        ? `${city.toUpperCase()}, ${state} — Police said ${WORDS[killed - 1]} people were shot dead on ${city} Avenue on Monday. ` +
          `The victims included ${name}, 34, case ${k}. Officers arrested a suspect near the scene.`
        : `${WORDS[killed - 1]!.replace(/^./, (c) => c.toUpperCase())} people died in a shooting in ${city}, ${state}, authorities said. ` +
          `Relatives identified ${name} among the dead in report ${k}. A man was taken into custody.`;
    out.push({ id: `syn-${i}`, title: `Shooting in ${city} (${k})`, publishedAt: `2023-${month}-${day}`, text });
  }
  return out;
}

/** Writes the synthetic reports as a `.jsonl` file. */
export function writeSyntheticJsonl(path: string, n: number): void {
  writeFileSync(path, syntheticDocs(n).map((d) => JSON.stringify(d)).join('\n') + '\n');
}

/** The command line running the CLI from source in a child process: `node --import tsx src/cli/run.ts …`. */
export function sitrepCommand(args: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', new URL('../../src/cli/run.ts', import.meta.url).pathname, ...args]];
}
