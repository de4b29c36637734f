import { describe, expect, it } from "vitest";
import { renderNotification } from "./render";

describe("a notification's time", () => {
  const stored = {
    kind: "signup_confirmed",
    params: JSON.stringify({
      eventZh: "五金对接会",
      eventEn: "Hardware matchmaking",
      time: "2025-09-18 09:30",
      seats: 2,
    }),
  };

  it("reads in the portal's date form of the reader's language", async () => {
    expect((await renderNotification(stored, "en")).body).toContain("on 18 Sep 2025, 09:30 (Beijing time)");
    expect((await renderNotification(stored, "zh-CN")).body).toContain("时间：2025年9月18日 09:30（北京时间）");
  });

  it("is left as stored when it is no stamp", async () => {
    const odd = { ...stored, params: JSON.stringify({ ...JSON.parse(stored.params), time: "soon" }) };
    expect((await renderNotification(odd, "en")).body).toContain("on soon (Beijing time)");
  });
});
