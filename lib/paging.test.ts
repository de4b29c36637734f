import { describe, expect, it } from "vitest";
import {
  countedPage,
  DEFAULT_PAGE_SIZE,
  defineList,
  listLinks,
  listOrderBy,
  pageWindow,
  paginate,
  parseListQuery,
} from "./paging";

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

describe("countedPage", () => {
  const rows = Array.from({ length: 95 }, (_, i) => i);
  const reads: { skip: number; take: number }[] = [];
  const read = async (w: { skip: number; take: number }) => (reads.push(w), rows.slice(w.skip, w.skip + w.take));

  it("reads the page asked for while the count is still running, in one pass", async () => {
    reads.length = 0;
    let counted = false;
    const count = () => new Promise<number>((resolve) => setTimeout(() => ((counted = true), resolve(95)), 20));
    const readBeforeCount = async (w: { skip: number; take: number }) => (expect(counted).toBe(false), read(w));
    const { paging, rows: page } = await countedPage("3", 20, count, readBeforeCount);
    expect(paging).toEqual(paginate("3", 20, 95));
    expect(page).toEqual(rows.slice(40, 60));
    expect(reads).toEqual([{ skip: 40, take: 20 }]);
  });

  it("reads the last page again when the page asked for is past the end", async () => {
    reads.length = 0;
    const { paging, rows: page } = await countedPage(9, 20, async () => 95, read);
    expect(paging.page).toBe(5);
    expect(page).toEqual(rows.slice(80, 95));
    expect(reads).toEqual([
      { skip: 160, take: 20 },
      { skip: 80, take: 20 },
    ]);
  });
});

const SPEC = defineList({ columns: { code: "asc", stock: "desc", created: "desc" }, sort: "code", dir: "asc" });

describe("parseListQuery", () => {
  it("reads a whitelisted sort, a direction, a page size and a page", () => {
    expect(parseListQuery(SPEC, { sort: "stock", dir: "asc", size: "50", page: "3" })).toEqual({
      sort: "stock",
      dir: "asc",
      size: 50,
      page: 3,
    });
  });

  it("gives a column without a direction its first direction, and no sort the default order", () => {
    expect(parseListQuery(SPEC, { sort: "created" })).toMatchObject({ sort: "created", dir: "desc" });
    expect(parseListQuery(SPEC, {})).toEqual({ sort: "code", dir: "asc", size: DEFAULT_PAGE_SIZE, page: 1 });
    expect(parseListQuery(SPEC, { dir: "desc" })).toMatchObject({ sort: "code", dir: "desc" });
  });

  it("falls back to the default for a sort outside the whitelist, never a column of the model", () => {
    for (const sort of [
      "id",
      "passwordHash",
      "merchantId",
      "constructor",
      "__proto__",
      "toString",
      "",
      "CODE",
      "code ",
    ]) {
      expect(parseListQuery(SPEC, { sort }), sort).toMatchObject({ sort: "code", dir: "asc" });
    }
  });

  it("reads an odd direction as the column's own", () => {
    for (const dir of ["ASC", "up", "", "desc;drop", "1"]) {
      expect(parseListQuery(SPEC, { sort: "stock", dir }).dir, dir).toBe("desc");
    }
  });

  it("accepts only the offered page sizes", () => {
    for (const size of ["20", "50", "100"]) expect(parseListQuery(SPEC, { size }).size).toBe(Number(size));
    for (const size of ["0", "-20", "10", "1000000", "50.0", "1e2", "abc", ""]) {
      expect(parseListQuery(SPEC, { size }).size, size).toBe(DEFAULT_PAGE_SIZE);
    }
  });

  it("reads a page that is not a whole number from 1 as page 1", () => {
    for (const page of ["0", "-3", "2.5", "1e3", "abc", "", "99999999999", " 2"]) {
      expect(parseListQuery(SPEC, { page }).page, page).toBe(1);
    }
    expect(parseListQuery(SPEC, { page: "12" }).page).toBe(12);
  });
});

describe("listOrderBy", () => {
  it("ends every order with the id in the same direction, so that pages never overlap", () => {
    const orders: Record<"code" | "stock", (d: "asc" | "desc") => object[]> = {
      code: (d: "asc" | "desc") => [{ code: d }],
      stock: (d: "asc" | "desc") => [{ stock: d }],
    };
    expect(listOrderBy(orders, { sort: "stock", dir: "desc" })).toEqual([{ stock: "desc" }, { id: "desc" }]);
  });
});

describe("listLinks", () => {
  const links = listLinks("/admin/catalog", { q: "音箱", park: "", page: 4 }, SPEC, {
    page: 4,
    size: 50,
    sort: "stock",
    dir: "desc",
  });

  it("keeps the filters, the size and the order in page links, and leaves out defaults", () => {
    expect(links.page(5)).toBe("/admin/catalog?q=%E9%9F%B3%E7%AE%B1&sort=stock&dir=desc&size=50&page=5");
    expect(links.page(1)).toBe("/admin/catalog?q=%E9%9F%B3%E7%AE%B1&sort=stock&dir=desc&size=50");
  });

  it("goes back to page 1 when the size or the order changes", () => {
    expect(links.size(20)).toBe("/admin/catalog?q=%E9%9F%B3%E7%AE%B1&sort=stock&dir=desc");
    expect(links.sort("stock")).toEqual({
      href: "/admin/catalog?q=%E9%9F%B3%E7%AE%B1&sort=stock&dir=asc&size=50",
      dir: "desc",
    });
    expect(links.sort("code")).toEqual({ href: "/admin/catalog?q=%E9%9F%B3%E7%AE%B1&size=50", dir: undefined });
  });

  it("exports the filters and the order, never the page or size", () => {
    expect(links.exportHref("/admin/catalog/export")).toBe(
      "/admin/catalog/export?q=%E9%9F%B3%E7%AE%B1&sort=stock&dir=desc",
    );
  });
});

describe("pageWindow", () => {
  it("offers five pages around the current one, within the pages there are", () => {
    expect(pageWindow(1, 306)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(100, 306)).toEqual([98, 99, 100, 101, 102]);
    expect(pageWindow(306, 306)).toEqual([302, 303, 304, 305, 306]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});
