// Server components in Vitest, rendered as Next.js renders them (the
// react-server condition, vitest.config.ts): the flight payload as text, and
// the stand-ins a page's request-bound modules take. The stand-ins are for
// vi.mock factories, which are hoisted above imports, so they are imported
// inside the factory:
//
//   const ui = vi.hoisted(() => ({ locale: "zh-CN" as UiLocale }));
//   vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
//   vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);
import { createElement, type ReactNode } from "react";
import { createTranslator } from "next-intl";
import { renderToReadableStream } from "next/dist/compiled/react-server-dom-webpack/server.node";
import { loadMessages } from "@/lib/i18n/messages";

export type UiLocale = "en" | "zh-CN";

/** next-intl/server in the language `ui.locale` holds when the page asks (a test switches it between renders). */
export function nextIntlServerFor(ui: { locale: UiLocale }) {
  return {
    getLocale: async () => ui.locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: ui.locale, messages: loadMessages(ui.locale), namespace: namespace as never }),
  };
}

/** next/link is a client component: a plain anchor stands in for it, so its href shows in the payload. */
export const nextLinkAsAnchor = {
  default: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
};

/** next/navigation for a render that must neither redirect nor end in a 404: either fails the test, named. */
export const unexpectedNavigation = {
  redirect: (to: string) => {
    throw new Error(`unexpected redirect to ${to}`);
  },
  notFound: () => {
    throw new Error("unexpected notFound");
  },
};

/** A server component's render for one request (its flight payload), as text; the first error thrown is thrown. */
export async function renderFlight(node: ReactNode | Promise<ReactNode>): Promise<string> {
  const errors: unknown[] = [];
  const stream = renderToReadableStream(await node, {}, { onError: (e: unknown) => void errors.push(e) });
  const text = await new Response(stream).text();
  if (errors.length) throw errors[0];
  return text;
}
