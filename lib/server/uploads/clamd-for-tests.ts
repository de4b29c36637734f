// A real clamd for tests: its own signature database (MD5 hashes of the test
// files, as ClamAV's .hdb format "md5:size:Name"), since machines here have no
// downloaded signatures, and its own config and socket in a temporary folder.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pingClamd } from "./clamd";

export const CLAMD_BINARY = "/usr/sbin/clamd";

/** The EICAR anti-virus test string: harmless, and the file every scanner is expected to flag. */
export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

export type TestClamd = { url: string; dir: string; stop(): Promise<void> };

/** A folder and the CLAMAV_URL its clamd will answer on, before it is started (for modules that read the env once). */
export function clamdPlace(): { dir: string; url: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "clamd-"));
  return { dir, url: `unix:${path.join(dir, "clamd.sock")}` };
}

/** Starts clamd flagging exactly the given files (by MD5) and waits for PING/PONG. */
export async function startClamd(
  flagged: Record<string, Uint8Array>,
  place = clamdPlace(),
  timeoutMs = 60_000,
): Promise<TestClamd> {
  if (!existsSync(CLAMD_BINARY)) {
    throw new Error(
      `${CLAMD_BINARY} is missing: the upload scan tests need a real ClamAV daemon. ` +
        "Install it with `apt-get install -y clamav-daemon` (.ci/run does so).",
    );
  }
  const { dir, url } = place;
  const signatures = Object.entries(flagged).map(
    ([name, bytes]) => `${createHash("md5").update(bytes).digest("hex")}:${bytes.length}:${name}`,
  );
  writeFileSync(path.join(dir, "test.hdb"), `${signatures.join("\n")}\n`);
  const socket = url.replace(/^unix:/, "");
  writeFileSync(
    path.join(dir, "clamd.conf"),
    [
      `DatabaseDirectory ${dir}`,
      `LocalSocket ${socket}`,
      "Foreground yes",
      `LogFile ${path.join(dir, "clamd.log")}`,
      `PidFile ${path.join(dir, "clamd.pid")}`,
      `TemporaryDirectory ${dir}`,
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(CLAMD_BINARY, ["-c", path.join(dir, "clamd.conf")], { stdio: "ignore" });
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await pingClamd(url))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`clamd did not answer PING within ${timeoutMs} ms (see ${path.join(dir, "clamd.log")})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    dir,
    async stop() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
