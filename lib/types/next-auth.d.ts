import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionId?: string; name?: string | null; email?: string | null };
  }
}
