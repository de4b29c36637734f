import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { parseListQuery } from "@/lib/paging";
import { listPartners, PARTNER_LIST } from "./partners";

const names = async (params: Record<string, string>) =>
  (await listPartners(parseListQuery(PARTNER_LIST, params), "en")).items.map((p) => p.nameEn);

beforeAll(async () => {
  await db.partner.createMany({
    data: [
      { kind: "PAYMENT", nameZh: "乙支付", nameEn: "Beta Pay", active: true },
      { kind: "LOGISTICS", nameZh: "甲物流", nameEn: "Alpha Logistics", active: false },
      { kind: "LOGISTICS", nameZh: "丙物流", nameEn: "Gamma Logistics", active: true },
    ],
  });
});
afterAll(() => db.$disconnect());

describe("the partner list", () => {
  it("sorts by a column the URL names, in the database", async () => {
    expect(await names({ sort: "name" })).toEqual(["Alpha Logistics", "Beta Pay", "Gamma Logistics"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Gamma Logistics", "Beta Pay", "Alpha Logistics"]);
  });

  it("keeps active partners first, by kind and name, for no sort or one it does not know", async () => {
    const byDefault = ["Gamma Logistics", "Beta Pay", "Alpha Logistics"];
    expect(await names({})).toEqual(byDefault);
    expect(await names({ sort: "platformId", dir: "up" })).toEqual(byDefault);
  });
});
