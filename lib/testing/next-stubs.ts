// Stand-ins for the request-bound parts of Next.js and next-intl, so that
// server actions can be called directly in tests against the real database.
// Only the framework's request context is replaced; the data layer is real.
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";

const en = loadMessages("en");

/**
 * Who is signed in. The session's password fingerprint is the account's
 * current one unless a test sets `authHash` (to play an older session).
 */
export const sessionStub = { userId: null as string | null, authHash: undefined as string | null | undefined };

export const currentUserModule = {
  currentSession: async () => {
    const { userId, authHash } = sessionStub;
    if (!userId) return null;
    if (authHash !== undefined) return { userId, authHash };
    const [{ db }, { sessionAuthHash }] = await Promise.all([
      import("@/lib/server/db"),
      import("@/lib/server/auth/session-hash"),
    ]);
    const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    return { userId, authHash: user ? sessionAuthHash(user.passwordHash) : null };
  },
};

export const nextIntlServerModule = {
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
  getLocale: async () => "en",
};

export const nextCacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };
