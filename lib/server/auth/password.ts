import bcrypt from "bcryptjs";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so that a missing account
// takes as long to refuse as a wrong password.
export const DUMMY_HASH = "$2b$11$1ETNRm3Elw7Z0u91bfuao.BDpfdSHoUzEcb2oAKMhRIifYtowrKmS";
