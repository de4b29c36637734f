// The strings app/global-error.tsx shows when the root layout itself fails
// (no locale, no provider). They are copies of errors.errorTitle,
// common.retry and errorReference.digest in both catalogs, kept here so that the browser does not load
// the whole catalogs for them; client-messages.test.ts keeps them equal.
export const GLOBAL_ERROR_TEXT = {
  "zh-CN": { errorTitle: "出现错误", retry: "重试", digest: "错误代码 {digest}" },
  en: { errorTitle: "Something went wrong", retry: "Try again", digest: "Error code {digest}" },
} as const;
