import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Every formatter of the portal takes its Intl instance from the shared cache: rendering a page formats
// hundreds of figures, and building an instance per call was /admin's biggest avoidable cost.
describe("the portal's formatters build each Intl instance once", () => {
  const built = { number: 0, date: 0 };
  const RealNumberFormat = Intl.NumberFormat;
  const RealDateTimeFormat = Intl.DateTimeFormat;

  beforeEach(() => {
    vi.resetModules();
    built.number = built.date = 0;
    const counting = <T extends object>(Real: T, kind: keyof typeof built) =>
      new Proxy(Real as T & (new (...args: unknown[]) => object), {
        construct(target, args, newTarget) {
          built[kind]++;
          return Reflect.construct(target, args, newTarget);
        },
        apply(target, self, args) {
          built[kind]++;
          return Reflect.apply(target as unknown as (...a: unknown[]) => unknown, self, args);
        },
      });
    Intl.NumberFormat = counting(RealNumberFormat, "number");
    Intl.DateTimeFormat = counting(RealDateTimeFormat, "date");
  });

  afterEach(() => {
    Intl.NumberFormat = RealNumberFormat;
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  it("formats a hundred figures of each kind with one instance per locale and options", async () => {
    const { formatCnyCompact, formatDate, formatDateTime, formatMoney, formatNumber } =
      await import("@/lib/i18n/format");
    const { cnyColumnScale, formatRate } = await import("@/lib/i18n/column-scale");
    const dashboard = await import("@/components/dashboard/format");
    const before = { ...built };
    const results = new Set<string>();
    for (let i = 1; i <= 100; i++) {
      for (const locale of ["zh-CN", "en"] as const) {
        results.add(formatCnyCompact(i * 1_000_000_000, locale));
        results.add(formatMoney(i * 100, "USD", locale));
        results.add(formatNumber(i * 1000, locale));
        results.add(formatDate(new Date(Date.UTC(2026, 0, i)), locale));
        results.add(formatDateTime(new Date(Date.UTC(2026, 0, i)), locale));
        results.add(dashboard.formatPercent(i / 1000, locale));
        results.add(dashboard.formatChange(i / 1000 - 0.05, locale));
        results.add(dashboard.formatMonth(`2026-${String((i % 12) + 1).padStart(2, "0")}`, locale));
        results.add(cnyColumnScale([i * 1_000_000], locale).format(i * 1_000_000));
        results.add(formatRate(7 + i / 1000, 4, locale));
      }
    }
    expect(results.size).toBeGreaterThan(1000);
    // Per language: amounts (2 and 0 decimals), money, plain numbers, percent, signed percent, the
    // column scale's decimals, a rate's; and month names. A few more than the kinds, never one a call.
    expect(built.number - before.number).toBeLessThanOrEqual(20);
    expect(built.date - before.date).toBeLessThanOrEqual(4);
  });
});
