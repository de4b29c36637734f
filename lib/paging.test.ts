import { describe, expect, it } from "vitest";
import { paginate } from "./paging";

describe("paginate", () => {
  it("skips the pages before the one asked for", () => {
    expect(paginate("3", 20, 95)).toEqual({ page: 3, pageSize: 20, pages: 5, total: 95, skip: 40, take: 20 });
    expect(paginate(2.7, 20, 95).page).toBe(2);
  });

  it("clamps to the pages there are, and reads anything odd as page 1", () => {
    expect(paginate(99, 20, 95).page).toBe(5);
    for (const odd of [undefined, null, "", "abc", "0", -4, Number.NaN]) expect(paginate(odd, 20, 95).page).toBe(1);
  });

  it("gives an empty list one page", () => {
    expect(paginate(4, 25, 0)).toMatchObject({ page: 1, pages: 1, skip: 0, take: 25 });
  });
});
