import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("follows a page in the user's own area", () => {
    expect(safeCallbackPath("/admin/zones", "/admin")).toBe("/admin/zones");
    expect(safeCallbackPath("/merchant/notifications?page=2", "/merchant")).toBe("/merchant/notifications?page=2");
  });
  it("never leaves the site or enters another area", () => {
    expect(safeCallbackPath("https://evil.example", "/admin")).toBe("/admin");
    expect(safeCallbackPath("//evil.example", "/admin")).toBe("/admin");
    expect(safeCallbackPath("/\\evil.example", "/admin")).toBe("/admin");
    expect(safeCallbackPath("/admin", "/merchant")).toBe("/merchant");
    expect(safeCallbackPath("/merchant", "/merchant/status")).toBe("/merchant/status");
    expect(safeCallbackPath("", "/admin")).toBe("/admin");
  });
});
