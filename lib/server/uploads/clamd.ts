// A small clamd client (ClamAV's daemon) over node:net: the INSTREAM command
// sends the bytes in chunks and clamd answers "stream: OK" or
// "stream: <signature> FOUND". CLAMAV_URL names the daemon: tcp://host:port,
// or unix:/path/to/clamd.sock for its local socket.
import net from "node:net";

export type ClamdVerdict =
  | { ok: true }
  | { ok: false; reason: "infected"; signature: string }
  | { ok: false; reason: "unscanned"; detail: string };

const CHUNK = 64 * 1024;

function connectOptions(url: string): net.NetConnectOpts {
  if (url.startsWith("unix:")) return { path: url.replace(/^unix:(\/\/)?/, "") };
  const parsed = new URL(url);
  if (parsed.protocol !== "tcp:") throw new Error(`CLAMAV_URL: unsupported scheme ${parsed.protocol}`);
  return { host: parsed.hostname, port: Number(parsed.port || 3310) };
}

/** Sends one command ("zPING", "zINSTREAM" with `body`) and returns clamd's answer without its NUL. */
function ask(url: string, command: string, body: Uint8Array | null, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(connectOptions(url));
    const received: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`clamd did not answer within ${timeoutMs} ms`)));
    socket.on("error", reject);
    socket.on("data", (data) => received.push(data));
    socket.on("close", () => resolve(Buffer.concat(received).toString("utf8").replace(/\0+$/, "").trim()));
    socket.on("connect", () => {
      socket.write(`${command}\0`);
      if (body) {
        for (let at = 0; at < body.length; at += CHUNK) {
          const chunk = body.subarray(at, at + CHUNK);
          const size = Buffer.alloc(4);
          size.writeUInt32BE(chunk.length);
          socket.write(size);
          socket.write(chunk);
        }
        socket.write(Buffer.alloc(4)); // a zero-length chunk ends the stream
      }
    });
  });
}

/** True when clamd answers PING with PONG. */
export async function pingClamd(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    return (await ask(url, "zPING", null, timeoutMs)) === "PONG";
  } catch {
    return false;
  }
}

/** Scans `bytes` with clamd; any failure to get a clear answer is "unscanned", never a pass. */
export async function scanWithClamd(url: string, bytes: Uint8Array, timeoutMs = 30_000): Promise<ClamdVerdict> {
  let answer: string;
  try {
    answer = await ask(url, "zINSTREAM", bytes, timeoutMs);
  } catch (error) {
    return { ok: false, reason: "unscanned", detail: error instanceof Error ? error.message : String(error) };
  }
  if (answer === "stream: OK") return { ok: true };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found) return { ok: false, reason: "infected", signature: found[1] };
  return { ok: false, reason: "unscanned", detail: answer || "no answer" };
}
