// The password rules the browser may know, and a small strength estimate for
// the meter beside a new password (OWASP ASVS 2.1.8). No dictionary here: the
// common-password list stays on the server (./password.ts), which refuses
// those at submit. The estimate only guides; the server decides.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** 0: too short; 1: weak; 2: fair; 3: strong; 4: very strong. */
export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

const CLASSES: [RegExp, number][] = [
  [/[a-z]/, 26],
  [/[A-Z]/, 26],
  [/[0-9]/, 10],
  // Spaces between words add little: a passphrase's strength is in its words.
  [/ /, 1],
  [/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, 32],
  // Any other letter (Chinese characters among them) draws from a far larger set.
  [/[^\x00-\x7f]/, 1000],
];

/**
 * Estimated bits of guessing work: characters that repeat or run in sequence
 * ("aaaa", "1234", "abcd") count once per run, then each counted character
 * adds log2 of the set of characters the password draws from.
 */
export function passwordEntropyBits(password: string): number {
  const chars = Array.from(password);
  let counted = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = i > 0 ? chars[i - 1].codePointAt(0)! : NaN;
    const step = chars[i].codePointAt(0)! - prev;
    const prevStep = i > 1 ? prev - chars[i - 2].codePointAt(0)! : NaN;
    // A character continuing a run of repeats or a +1/-1 sequence adds nothing.
    if (i > 1 && step === prevStep && Math.abs(step) <= 1) continue;
    counted++;
  }
  const pool = CLASSES.reduce((sum, [re, size]) => (re.test(password) ? sum + size : sum), 0);
  return pool === 0 ? 0 : counted * Math.log2(pool);
}

export function passwordStrength(password: string): PasswordStrength {
  if (Array.from(password).length < PASSWORD_MIN) return 0;
  const bits = passwordEntropyBits(password);
  if (bits < 50) return 1;
  if (bits < 70) return 2;
  if (bits < 90) return 3;
  return 4;
}
