import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestIdProvider } from "@/components/feedback/request-id";
import { clientMessages } from "@/lib/i18n/client-messages";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import RootError from "./error";
import GlobalError from "./global-error";

afterEach(() => vi.restoreAllMocks());

// What the browser gets when a server component throws: Next.js replaces the message and keeps a digest.
function serverError(): Error & { digest: string } {
  return Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest: "2749512963" });
}

type ProviderProps = ComponentProps<typeof RequestIdProvider>;
type IntlProps = ComponentProps<typeof NextIntlClientProvider>;

function renderRootError(locale: Locale, requestId: string | null): string {
  const page = createElement(RootError, { error: serverError(), reset: () => {} });
  const withId = createElement(RequestIdProvider, { id: requestId } as ProviderProps, page);
  const intl = { locale, messages: clientMessages(loadMessages(locale), "root"), timeZone: "Asia/Shanghai" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, intl as IntlProps, withId));
}

describe("the error page (app/error.tsx)", () => {
  it("shows a calm message with the request id and the error code, in the reader's language", () => {
    const zh = renderRootError("zh-CN", "9f86d081884c7d65");
    expect(zh).toContain("出现错误");
    expect(zh).toContain("请求编号 9f86d081884c7d65");
    expect(zh).toContain("错误代码 2749512963");
    const en = renderRootError("en", "9f86d081884c7d65");
    expect(en).toContain("Request ID 9f86d081884c7d65");
    expect(en).toContain("Error code 2749512963");
  });

  it("shows neither the message nor a stack", () => {
    const html = renderRootError("en", "9f86d081884c7d65");
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).not.toMatch(/\bat \S+ \(|node_modules|\.tsx?:\d+/);
  });
});

describe("the global error page (app/global-error.tsx)", () => {
  it("shows the error code in both languages, without the message", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: serverError(), reset: () => {} }));
    expect(html).toContain("错误代码 2749512963");
    expect(html).toContain("Error code 2749512963");
    expect(html).not.toContain("ECONNREFUSED");
  });
});
