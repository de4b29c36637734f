// The server in front of Next.js (scripts/serve.mjs) records who is on the
// other end of each connection. `next start` only sets X-Forwarded-For to the
// socket address when the request has none (base-server.js, `??=`), so a
// client that sends the header itself would choose its own address. Instead,
// as a proxy does, the socket address is appended as the last entry: the
// portal reads its client address from the right (lib/server/auth/client-ip.ts).

/**
 * Appends the connection's remote address to the request's X-Forwarded-For.
 * @param {import("node:http").IncomingMessage} req
 */
export function appendPeerAddress(req) {
  const peer = req.socket.remoteAddress ?? "unknown";
  const header = req.headers["x-forwarded-for"];
  const earlier = (Array.isArray(header) ? header.join(",") : (header ?? "")).trim();
  req.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
}
