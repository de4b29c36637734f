// Unified social credit codes for the demo merchants, shaped like real ones
// registered in Chongqing.
import { usccCheckChar, USCC_ALPHABET } from "@/lib/validation/uscc";
import type { Rng } from "./random";

/** GB 11714 check character of an 8-character organization code body. */
function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    sum += (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55) * weights[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** A company USCC (authority 9, type 1) registered in the given division. */
export function makeUscc(r: Rng, division: string): string {
  let body8: string;
  if (r.chance(0.75)) {
    // Registered since 2015: organization codes begin "MA"; Chongqing's "MA5U", "MA60", ...
    body8 =
      "MA" + r.pick(["5U", "5Y", "60", "61"]) + Array.from({ length: 4 }, () => r.pick([...USCC_ALPHABET])).join("");
  } else {
    // Older companies keep their 9-digit organization code.
    body8 = String(r.int(2, 7)) + Array.from({ length: 7 }, () => String(r.int(0, 9))).join("");
  }
  const first17 = "91" + division + body8 + orgCodeCheckChar(body8);
  return first17 + usccCheckChar(first17);
}
