import { describe, expect, it } from "vitest";
import { buildEventIcs, type IcsEvent } from "./ics";

/** A small RFC 5545 reader: unfolds lines and returns each component's properties. */
function parseIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const stack: { name: string; props: Record<string, string> }[] = [];
  const components: { name: string; props: Record<string, string> }[] = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (name === "BEGIN") stack.push({ name: value, props: {} });
    else if (name === "END") components.push(stack.pop()!);
    else stack.at(-1)!.props[name.split(";")[0]] = value;
  }
  expect(stack).toEqual([]);
  const find = (n: string) => components.find((c) => c.name === n)!.props;
  return { calendar: find("VCALENDAR"), event: find("VEVENT"), alarm: find("VALARM") };
}

/** "20250918T013000Z" as an instant; only UTC ("Z") times are accepted. */
function utc(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

const event: IcsEvent = {
  id: "cevent0000000000000000001",
  slug: "nev-parts-2025-09-18",
  titleZh: "跨境电商+新能源汽车零部件产业带对接会",
  titleEn: "Cross-border E-commerce + NEV Parts Belt Matchmaking",
  descriptionZh: "平台、物流、海外仓、支付和合规服务商与企业面对面交流，现场设一对一洽谈区，欢迎报名参加。".repeat(2),
  descriptionEn: "Platforms, logistics, warehouses; payment, and compliance providers.",
  venueZh: "两江新区礼嘉智慧公园会议中心",
  venueEn: "Lijia Smart Park Conference Centre",
  onlineUrl: "",
  // 09:30 to 17:00 Beijing time.
  startsAt: new Date("2025-09-18T01:30:00Z"),
  endsAt: new Date("2025-09-18T09:00:00Z"),
  status: "PUBLISHED",
  createdAt: new Date("2025-08-01T00:00:00Z"),
  updatedAt: new Date("2025-08-01T00:10:00Z"),
};

describe("the event's calendar file", () => {
  it("parses back with the event's times in UTC, which read 09:30 in Beijing", () => {
    const { calendar, event: vevent } = parseIcs(buildEventIcs(event, "zh-CN", "https://portal.test"));
    expect(calendar.VERSION).toBe("2.0");
    expect(calendar.METHOD).toBe("PUBLISH");
    expect(utc(vevent.DTSTART).getTime()).toBe(event.startsAt.getTime());
    expect(utc(vevent.DTEND).getTime()).toBe(event.endsAt.getTime());
    const beijing = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" });
    expect(beijing.format(utc(vevent.DTSTART))).toBe("09:30");
    expect(vevent.SUMMARY).toBe(event.titleZh);
    expect(vevent.LOCATION).toBe(event.venueZh);
    expect(vevent.UID).toBe("cevent0000000000000000001@events.cbec-portal");
    expect(vevent.URL).toBe("https://portal.test/events/nev-parts-2025-09-18");
    expect(vevent.STATUS).toBe("CONFIRMED");
    expect(Number(vevent.SEQUENCE)).toBe(600);
  });

  it("reminds the attendee a day before", () => {
    const { alarm } = parseIcs(buildEventIcs(event, "en"));
    expect(alarm.ACTION).toBe("DISPLAY");
    expect(alarm.TRIGGER).toBe("-PT24H");
    expect(alarm.DESCRIPTION).toBe(`Tomorrow: ${event.titleEn}`);
  });

  it("speaks the reader's language and escapes text", () => {
    const { event: vevent } = parseIcs(buildEventIcs(event, "en"));
    expect(vevent.SUMMARY).toBe(event.titleEn);
    expect(vevent.DESCRIPTION).toBe("Platforms\\, logistics\\, warehouses\\; payment\\, and compliance providers.");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const text = buildEventIcs(event, "zh-CN", "https://portal.test");
    const raw = text.split("\r\n");
    expect(raw.some((l) => l.startsWith(" "))).toBe(true);
    for (const line of raw) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
    expect(parseIcs(text).event.DESCRIPTION).toContain(event.descriptionZh);
  });

  it("marks a cancelled event cancelled, with a newer sequence", () => {
    const cancelled = { ...event, status: "CANCELLED" as const, updatedAt: new Date("2025-08-02T00:00:00Z") };
    const { event: vevent } = parseIcs(buildEventIcs(cancelled, "zh-CN"));
    expect(vevent.STATUS).toBe("CANCELLED");
    expect(Number(vevent.SEQUENCE)).toBeGreaterThan(600);
    expect(vevent.UID).toBe("cevent0000000000000000001@events.cbec-portal");
  });
});
