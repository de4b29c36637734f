// Stand-ins for the request-bound parts of Next.js and next-intl, so that
// server actions can be called directly in tests against the real database.
// Only the framework's request context is replaced; the data layer is real.
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";

const en = loadMessages("en");

/**
 * Who is signed in. A test that signs in as someone gets a live server-side
 * session for them, opened the first time and kept (so that a revocation
 * sticks, as it would for a real cookie); `sessionId` plays one session in
 * particular (an old one, say).
 */
export const sessionStub = { userId: null as string | null, sessionId: undefined as string | null | undefined };

const openSessions = new Map<string, string>();

/** Signs a user in afresh, as the login form does: a new session, which `sessionStub` uses from then on. */
export async function signInFresh(userId: string): Promise<string> {
  const [{ db }, { createSession }] = await Promise.all([
    import("@/lib/server/db"),
    import("@/lib/server/auth/sessions"),
  ]);
  const id = await createSession(db, userId);
  openSessions.set(userId, id);
  return id;
}

export const currentUserModule = {
  currentSession: async () => {
    const { userId, sessionId } = sessionStub;
    if (!userId) return null;
    if (sessionId !== undefined) return { userId, sessionId };
    const { db } = await import("@/lib/server/db");
    const known = openSessions.get(userId);
    // A row that is gone (a fresh database, a deleted user) is signed into again; a revoked one is not.
    if (known && (await db.session.count({ where: { id: known } }))) return { userId, sessionId: known };
    if (!(await db.user.count({ where: { id: userId } }))) return { userId, sessionId: null };
    return { userId, sessionId: await signInFresh(userId) };
  },
};

export const nextIntlServerModule = {
  // Either form next-intl takes: a namespace, or { locale, namespace }.
  getTranslations: async (opts?: string | { locale?: string; namespace?: string }) => {
    const { locale = "en", namespace } = typeof opts === "object" ? opts : { namespace: opts };
    const messages = locale === "en" ? en : loadMessages(locale as Parameters<typeof loadMessages>[0]);
    return createTranslator({ locale, messages, namespace: namespace as never });
  },
  getLocale: async () => "en",
  getMessages: async () => en,
};

export const nextCacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };

/** Where a server action's `redirect()` leads, from the error it throws; null for any other error. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2] : null;
}
