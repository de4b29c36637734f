// Runs before each test file: replaces the request-bound parts of Next.js and
// next-intl (the session, translations, cache revalidation) with the stand-ins
// in next-stubs, so server code can be called directly. A test that needs a
// real module can `vi.unmock` it.
import { vi } from "vitest";

vi.mock("@/lib/server/auth/current-user", async () => (await import("@/lib/testing/next-stubs")).currentUserModule);
vi.mock("next-intl/server", async () => (await import("@/lib/testing/next-stubs")).nextIntlServerModule);
vi.mock("next/cache", async () => (await import("@/lib/testing/next-stubs")).nextCacheModule);
