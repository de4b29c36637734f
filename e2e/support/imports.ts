import { expect, type Page } from "@playwright/test";

/** Longest an import may wait in the queue and run here: the machine may be busy with other work. */
export const IMPORT_ENDS_WITHIN = 180_000;

/** Waits for the import the page shows to end, polling its status as the page itself does. */
export async function importEnded(page: Page) {
  const status = `${new URL(page.url()).pathname}/status`;
  await expect
    .poll(async () => ((await (await page.request.get(status)).json()) as { finished: boolean }).finished, {
      timeout: IMPORT_ENDS_WITHIN,
      intervals: [500],
    })
    .toBe(true);
}
