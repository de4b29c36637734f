import { describe, expect, it } from "vitest";
import { shanghaiInputToUtc, shanghaiYearRange, utcToShanghaiInput } from "@/lib/time/shanghai";
import { EventInput, PartnerInput, SignupInput } from "./event";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("Asia/Shanghai times", () => {
  it("reads a datetime-local value as Beijing time and stores UTC", () => {
    expect(shanghaiInputToUtc("2025-09-18T09:30")?.toISOString()).toBe("2025-09-18T01:30:00.000Z");
    // Early morning in Shanghai is the previous day in UTC.
    expect(shanghaiInputToUtc("2025-01-01T07:59")?.toISOString()).toBe("2024-12-31T23:59:00.000Z");
    expect(shanghaiInputToUtc("2025-09-18T09:30:15")?.toISOString()).toBe("2025-09-18T01:30:15.000Z");
  });

  it("refuses what is not a real moment", () => {
    for (const bad of [
      "",
      "2025-02-30T10:00",
      "2025-13-01T00:00",
      "2025-09-18 09:30",
      "2025-09-18T24:00",
      "tomorrow",
      "1990-01-01T00:00",
    ]) {
      expect(shanghaiInputToUtc(bad)).toBeNull();
    }
  });

  it("shows a stored instant back in Beijing time, round trip", () => {
    const stored = new Date("2025-03-20T16:30:00Z");
    expect(utcToShanghaiInput(stored)).toBe("2025-03-21T00:30");
    expect(shanghaiInputToUtc(utcToShanghaiInput(stored))?.getTime()).toBe(stored.getTime());
  });

  it("bounds a year at midnight in Shanghai", () => {
    const { start, end } = shanghaiYearRange(2025);
    expect(start.toISOString()).toBe("2024-12-31T16:00:00.000Z");
    expect(end.toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});

const event = {
  titleZh: "跨境电商+大足五金产业带对接会",
  titleEn: "Dazu Hardware Matchmaking",
  belt: "dazu-hardware",
  startsAt: "2025-09-18T09:30",
  endsAt: "2025-09-18T17:00",
  signupDeadline: "2025-09-15T18:00",
  venueZh: "龙水五金市场会展中心",
  capacity: "80",
  partnerIds: ["a", "b", "a"],
};

describe("the event form", () => {
  it("accepts a complete event and converts its times to UTC", () => {
    const parsed = EventInput.parse(event);
    expect(parsed.startsAt.toISOString()).toBe("2025-09-18T01:30:00.000Z");
    expect(parsed.capacity).toBe(80);
    expect(parsed.partnerIds).toEqual(["a", "b"]);
  });

  it("names the field of each problem", () => {
    expect(issues(EventInput.safeParse({ ...event, endsAt: "2025-09-18T08:00" }))).toEqual({
      endsAt: "endBeforeStart",
    });
    expect(issues(EventInput.safeParse({ ...event, signupDeadline: "2025-09-18T10:00" }))).toEqual({
      signupDeadline: "deadlineAfterStart",
    });
    expect(issues(EventInput.safeParse({ ...event, venueZh: "" }))).toEqual({ venueZh: "venueOrLink" });
    for (const capacity of ["0", "abc", "5001", "", "2.5"])
      expect(issues(EventInput.safeParse({ ...event, capacity }))).toEqual({ capacity: "capacity" });
    expect(issues(EventInput.safeParse({ ...event, onlineUrl: "javascript:alert(1)" }))).toEqual({ onlineUrl: "url" });
    expect(issues(EventInput.safeParse({ ...event, belt: "steel" }))).toEqual({ belt: "invalidChoice" });
    expect(issues(EventInput.safeParse({ ...event, startsAt: "2025-02-30T09:30" }))).toEqual({ startsAt: "dateTime" });
    expect(issues(EventInput.safeParse({ ...event, titleEn: "  " }))).toEqual({ titleEn: "required" });
  });

  it("takes an online link instead of a venue", () => {
    expect(EventInput.safeParse({ ...event, venueZh: "", onlineUrl: "https://meeting.example.com/x" }).success).toBe(
      true,
    );
  });
});

describe("the signup form", () => {
  it("counts one seat per named attendee and ignores empty boxes", () => {
    expect(SignupInput.parse({ attendees: ["张伟", " ", "李娜 "] }).attendees).toEqual(["张伟", "李娜"]);
  });

  it("needs 1 to 3 different names", () => {
    expect(issues(SignupInput.safeParse({ attendees: ["", ""] }))).toEqual({ attendees: "attendeesRequired" });
    expect(issues(SignupInput.safeParse({ attendees: ["a", "b", "c", "d"] }))).toEqual({
      attendees: "attendeesTooMany",
    });
    expect(issues(SignupInput.safeParse({ attendees: ["张伟", "张伟"] }))).toEqual({ attendees: "attendeesDuplicate" });
    expect(issues(SignupInput.safeParse({}))).toEqual({ attendees: "attendeesRequired" });
  });
});

describe("the partner form", () => {
  const partner = {
    kind: "LOGISTICS",
    nameZh: "渝新欧",
    nameEn: "Yuxinou",
    markets: "de, pl；RU",
    hsChapters: "87 84",
  };

  it("keeps markets and chapters as sorted code lists", () => {
    expect(PartnerInput.parse(partner)).toMatchObject({ markets: "DE,PL,RU", hsChapters: "84,87", platformId: "" });
  });

  it("refuses unknown codes and a platform partner without its platform", () => {
    expect(issues(PartnerInput.safeParse({ ...partner, markets: "DE, XX" }))).toEqual({ markets: "marketCodes" });
    expect(issues(PartnerInput.safeParse({ ...partner, hsChapters: "77" }))).toEqual({ hsChapters: "hsChapterCodes" });
    expect(issues(PartnerInput.safeParse({ ...partner, kind: "PLATFORM" }))).toEqual({
      platformId: "platformRequired",
    });
  });
});
