import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { A, send, setUpMerchants, sku } from "../api-test-client";

beforeAll(setUpMerchants);
afterAll(() => db.$disconnect());

const stored = (code: string) =>
  db.sku.findFirst({ where: { merchantId: A.merchantId, code }, select: { nameZh: true, nameEn: true } });

describe("ERP API bodies in the charsets Chinese ERPs send", () => {
  it("decodes a body declared as GBK, GB2312 or GB18030 and stores the Chinese text, never U+FFFD", async () => {
    for (const charset of ["gbk", "GB2312", "gb18030", '"GBK"']) {
      const code = `GB-${charset.replace(/"/g, "")}`;
      const body = sku(code, { nameZh: "蓝牙耳机（黑色）", nameEn: "" });
      const raw = iconv.encode(JSON.stringify(body), charset.replace(/"/g, ""));
      const res = await send("POST", "/skus", { raw, type: `application/json; charset=${charset}` });
      expect(res.status, charset).toBe(201);
      expect(res.body.data).toMatchObject({ code, nameZh: "蓝牙耳机（黑色）" });
      expect(await stored(code)).toEqual({ nameZh: "蓝牙耳机（黑色）", nameEn: "" });
    }
    // PUT reads the same way.
    const raw = iconv.encode(JSON.stringify(sku("GB-PUT", { nameZh: "保温杯" })), "gb18030");
    const put = await send("PUT", "/skus/GB-PUT", { raw, type: "application/json;charset=GB18030" });
    expect(put.status).toBe(201);
    expect((await stored("GB-PUT"))?.nameZh).toBe("保温杯");
  });

  it("refuses GBK bytes sent as UTF-8 (declared or not) with 400 and a message naming the charset, writing nothing", async () => {
    const raw = iconv.encode(JSON.stringify(sku("GB-UNDECLARED", { nameZh: "蓝牙耳机" })), "gbk");
    for (const type of ["application/json", "application/json; charset=utf-8"]) {
      const res = await send("POST", "/skus", { raw, type });
      expect(res.status, type).toBe(400);
      expect(res.body.error).toEqual({
        code: "invalid_encoding",
        message:
          "The body is not valid UTF-8 text. Declare the charset it is written in, for example Content-Type: application/json; charset=gbk.",
      });
    }
    // Bytes that are not GBK either, declared as GBK.
    const broken = new Uint8Array([...new TextEncoder().encode('{"code":"GB-BROKEN","nameZh":"'), 0x81, 0x22, 0x7d]);
    expect((await send("POST", "/skus", { raw: broken, type: "application/json; charset=gbk" })).status).toBe(400);
    expect(await db.sku.count({ where: { code: { in: ["GB-UNDECLARED", "GB-BROKEN"] } } })).toBe(0);
  });

  it("refuses a charset it does not read with 415, in the caller's language, before reading the body", async () => {
    const body = sku("LATIN-1");
    const res = await send("POST", "/skus", { body, type: "application/json; charset=iso-8859-1" });
    expect(res).toMatchObject({
      status: 415,
      body: {
        error: {
          code: "unsupported_media_type",
          message: 'The charset "iso-8859-1" is not supported; send the body in UTF-8, GBK, GB2312, GB18030.',
        },
      },
    });
    const zh = await send("PUT", "/skus/LATIN-1", { body, type: "application/json; charset=shift_jis", lang: "zh-CN" });
    expect(zh.status).toBe(415);
    expect(zh.body.error.message).toBe("不支持字符集“shift_jis”；请以 UTF-8, GBK, GB2312, GB18030 发送请求体。");
    expect(await db.sku.count({ where: { code: "LATIN-1" } })).toBe(0);
  });
});

describe("SKU codes every URL can name", () => {
  it("refuses '.', '..' and codes with leading or trailing spaces with 422, so every created SKU can be read, changed and deleted", async () => {
    for (const code of [".", "..", " LEAD", "LEAD ", "-."]) {
      const res = await send("POST", "/skus", { body: sku(code) });
      expect(res.status, JSON.stringify(code)).toBe(422);
      expect(Object.keys(res.body.error.fields), JSON.stringify(code)).toEqual(["code"]);
      const batch = await send("POST", "/skus", { body: { items: [sku("OK-1"), sku(code)] } });
      expect(Object.keys(batch.body.error.fields), JSON.stringify(code)).toEqual(["items.1.code"]);
    }
    expect((await send("POST", "/skus", { body: sku(" LEAD") })).body.error.fields.code).toMatch(/space/i);
    expect(
      await db.sku.count({ where: { merchantId: A.merchantId, code: { in: [".", "..", " LEAD", "LEAD "] } } }),
    ).toBe(0);
    // Every code the API accepts round-trips through its own URL.
    for (const code of ["a.b", "_x_", "...1", "X-1."]) {
      expect((await send("POST", "/skus", { body: sku(code) })).status, code).toBe(201);
      const path = `/skus/${encodeURIComponent(code)}`;
      expect((await send("GET", path)).body.data.code).toBe(code);
      expect((await send("PUT", path, { body: sku(code, { nameEn: "Renamed" }) })).status).toBe(200);
      expect((await send("DELETE", path)).status).toBe(200);
    }
  });
});
