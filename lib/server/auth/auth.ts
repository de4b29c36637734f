import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { authLogger } from "@/lib/server/observability/auth-logger";
import { authSecret } from "./auth-secret";
import { sessionCookieConfig } from "./session-cookie";
import { authorizeSignIn } from "./sign-in";
import { createSession, SESSION_TTL_MS } from "./sessions";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** The password was right and the account's code must follow: no session yet, only the challenge for the form. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
  constructor(
    readonly challenge: string,
    readonly retry: boolean,
  ) {
    super();
  }
}

class ChallengeExpired extends CredentialsSignin {
  code = "challenge_expired";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  // `__Host-authjs.session-token` over https (lib/server/auth/session-cookie.ts).
  ...sessionCookieConfig(env().AUTH_URL),
  // The token carries the id of a server-side Session row (lib/server/auth/sessions.ts), checked on
  // every request, so signing out ends it for every server process sharing the database.
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/login" },
  // Its errors as JSON lines with the request id; a wrong password is an answer, not a server error.
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, challenge: {}, code: {}, assertion: {} },
      async authorize(credentials, request) {
        const result = await authorizeSignIn(db, credentials, request.headers);
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimited();
        if (result.reason === "second_factor") throw new SecondFactorRequired(result.challenge, result.retry);
        if (result.reason === "challenge_expired") throw new ChallengeExpired();
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = await createSession(db, user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
});
