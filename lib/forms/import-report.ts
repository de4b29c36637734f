/** What a file import answers beyond its message: each refused line, in the reader's language. */
export type ImportReport = { errors: string[] };
