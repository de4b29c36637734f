import { afterEach, describe, expect, it, vi } from "vitest";
import { onRequestError } from "@/instrumentation";
import { requestIdFor } from "./request-id";

afterEach(() => vi.restoreAllMocks());

const context = {
  routerKind: "App Router",
  routePath: "/invite/[token]",
  routeType: "render",
  renderSource: "react-server-components",
  revalidateReason: undefined,
} as const;

describe("onRequestError (instrumentation.ts)", () => {
  it("logs one JSON line with the request id, the digest, the message and the stack, and not the requested path", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = Object.assign(new Error("database is locked"), { digest: "2749512963" });
    const token = "A".repeat(43);
    await onRequestError(
      error,
      { path: `/invite/${token}?x=1`, method: "GET", headers: { "x-request-id": "9f86d081884c7d65" } },
      context,
    );
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toHaveLength(1);
    const line = String(logged.mock.calls[0][0]);
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      requestId: "9f86d081884c7d65",
      digest: "2749512963",
      method: "GET",
      route: "/invite/[token]",
      routeType: "render",
      message: "database is locked",
      stack: expect.stringContaining("database is locked\n    at "),
    });
    expect(line).not.toContain(token);
  });

  it("logs values thrown that are not errors, and requests without an id", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await onRequestError("plain string", { path: "/", method: "POST", headers: {} }, context);
    expect(JSON.parse(String(logged.mock.calls[0][0]))).toMatchObject({ requestId: "none", message: "plain string" });
  });
});

describe("the request id", () => {
  const withId = (id: string) => new Headers({ "x-request-id": id });

  it("is fresh and random when no proxy is trusted, whatever the client sends", () => {
    const id = requestIdFor(withId("chosen-by-the-client"), 0);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(requestIdFor(new Headers(), 0)).not.toBe(requestIdFor(new Headers(), 0));
  });

  it("is a trusted proxy's own id when it is a sane short token, and fresh otherwise", () => {
    expect(requestIdFor(withId("lb-7f3a9c2e11"), 1)).toBe("lb-7f3a9c2e11");
    for (const bad of ["short", "x".repeat(65), "has space in it", 'quote"and<tag>', "semi;colon;id"]) {
      expect(requestIdFor(withId(bad), 1)).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});
