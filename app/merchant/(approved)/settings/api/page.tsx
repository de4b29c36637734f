import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { listApiTokens } from "@/lib/server/api/list-api-tokens";
import { API_RATE_LIMIT } from "@/lib/server/api/authenticate";
import { getUiLocale } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { CreateTokenForm } from "./create-token-form";
import { revokeTokenAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("apiTokens");
  return { title: t("title") };
}

const td = "px-3 py-2 align-top";

export default async function ApiTokensPage() {
  const user = await requireMerchantPage("/merchant/settings/api");
  const [t, tc, locale, tokens] = await Promise.all([
    getTranslations("apiTokens"),
    getTranslations("common"),
    getUiLocale(),
    listApiTokens(db, user.merchant.id),
  ]);
  const isOwner = user.membershipRole === "OWNER";
  return (
    <>
      <Breadcrumbs items={[{ nav: "merchant.home", href: "/merchant" }, { label: t("title") }]} />
      <PageHeading title={t("title")} lead={t("lead", { limit: API_RATE_LIMIT.limit })} />
      <p className="mb-6 text-sm">
        <Link href="/developers" className="font-medium text-brand-700 underline">
          {t("docsLink")}
        </Link>
      </p>
      {isOwner ? null : (
        <p className="mb-6 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t("readOnly")}
        </p>
      )}
      <div className="space-y-6">
        <Card title={t("listTitle")}>
          {tokens.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <DataTable
              boxed={false}
              head="ruled"
              columns={[
                ...(["name", "prefix", "created", "lastUsed", "status"] as const).map((c) => ({
                  key: c,
                  label: t(`columns.${c}`),
                })),
                isOwner && { key: "actions", label: t("columns.actions") },
              ]}
            >
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td className={td}>{token.name}</td>
                  <td className={`${td} font-mono text-xs`}>{token.prefix}…</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>{formatDateTime(token.createdAt, locale)}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("never")}
                  </td>
                  <td className={td}>
                    <Badge tone={token.revokedAt ? "neutral" : "good"}>
                      {token.revokedAt ? t("revoked") : t("active")}
                    </Badge>
                  </td>
                  {isOwner ? (
                    <td className={td}>
                      {token.revokedAt ? null : (
                        <ConfirmAction
                          action={revokeTokenAction}
                          fields={{ tokenId: token.id }}
                          label={t("revoke.button")}
                          question={t("revoke.question", { name: token.name })}
                          confirmLabel={t("revoke.confirm")}
                          cancelLabel={tc("cancel")}
                          pendingLabel={t("working")}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </DataTable>
          )}
        </Card>
        {isOwner ? (
          <Card title={t("create.title")}>
            <p className="mb-4 text-sm text-slate-600">{t("create.lead")}</p>
            <CreateTokenForm />
          </Card>
        ) : null}
      </div>
    </>
  );
}
