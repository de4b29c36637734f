import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; authHash?: string; name?: string | null; email?: string | null };
  }
  interface User {
    authHash?: string;
  }
}
