// Stand-ins for the request-bound parts of Next.js and next-intl, so that
// server actions can be called directly in tests against the real database.
// Only the framework's request context is replaced; the data layer is real.
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";

const en = loadMessages("en");

export const sessionStub = { userId: null as string | null };

export const currentUserModule = { currentUserId: async () => sessionStub.userId };

export const nextIntlServerModule = {
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages: en, namespace: namespace as never }),
  getLocale: async () => "en",
};

export const nextCacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };
