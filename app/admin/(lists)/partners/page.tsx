import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { FormAlert } from "@/components/forms/fields";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import { PartnerForm } from "@/components/events/partner-form";
import { Pager } from "@/components/ui/pager";
import { marketNames } from "@/components/events/partner-list";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getPartner, listPartners, listPlatformOptions, PARTNER_LIST } from "@/lib/server/events/partners";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { PARTNER_KINDS } from "@/lib/validation/event";
import { savePartnerAction, setPartnerActiveAction } from "./actions";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("partners");
  return { title: t("title") };
}

const DONE = ["created", "saved"] as const;

export default async function PartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/partners");
  const sp = firstValues(await searchParams);
  const staff = user.role === "STAFF";
  const query = parseListQuery(PARTNER_LIST, sp);
  const [t, tk, tc, locale] = await Promise.all([
    getTranslations("partners"),
    getTranslations("events.partnerKinds"),
    getTranslations("common"),
    getUiLocale(),
  ]);
  const [list, platforms, editing] = await Promise.all([
    listPartners(query, locale),
    staff ? listPlatformOptions() : [],
    staff && sp.edit ? getPartner(sp.edit) : null,
  ]);
  const done = DONE.find((d) => d === sp.done);
  const links = listLinks("/admin/partners", {}, PARTNER_LIST, query);
  const kinds = PARTNER_KINDS.map((k) => ({ value: k, label: tk(k) }));
  const platformOptions = platforms.map((p) => ({ value: p.id, label: localized(p, "name", locale) }));
  return (
    <>
      <Link href="/admin/events" className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeading title={t("title")} lead={t("lead")} />
      </div>
      {done ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t(`done.${done}`)} />
        </div>
      ) : null}
      {staff ? (
        <Card title={editing ? t("edit", { name: localized(editing, "name", locale) }) : t("add")} className="mb-8">
          <PartnerForm
            action={savePartnerAction}
            key={editing?.id ?? "new"}
            initial={
              editing
                ? {
                    partnerId: editing.id,
                    kind: editing.kind,
                    nameZh: editing.nameZh,
                    nameEn: editing.nameEn,
                    platformId: editing.platformId ?? "",
                    markets: editing.markets,
                    hsChapters: editing.hsChapters,
                  }
                : {}
            }
            kinds={kinds}
            platforms={platformOptions}
          />
          {editing ? (
            <Link href="/admin/partners" className="mt-3 inline-block text-sm text-brand-700 underline">
              {t("cancelEdit")}
            </Link>
          ) : null}
        </Card>
      ) : null}
      <p className="mb-2 text-sm text-slate-600">{t("count", { count: list.total })}</p>
      {list.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          bodyClassName="align-top"
          columns={[
            { key: "name", label: t("columns.name"), sort: links.sort("name") },
            { key: "kind", label: t("columns.kind"), sort: links.sort("kind") },
            { key: "markets", label: t("columns.markets") },
            { key: "hsChapters", label: t("columns.hsChapters") },
            { key: "status", label: t("columns.status"), sort: links.sort("status") },
            staff && { key: "actions", label: t("columns.actions") },
          ]}
        >
          {list.items.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {localized(p, "name", locale)}
                <span className="block text-xs font-normal text-slate-500">
                  {locale === "zh-CN" ? p.nameEn : p.nameZh}
                </span>
              </th>
              <td className="px-3 py-2">
                {tk(p.kind)}
                {p.platform ? (
                  <span className="block text-xs text-slate-500">{localized(p.platform, "name", locale)}</span>
                ) : null}
              </td>
              <td className="px-3 py-2">{p.markets ? marketNames(p.markets, locale) : "—"}</td>
              <td className="px-3 py-2 tabular-nums">{p.hsChapters ? p.hsChapters.split(",").join(", ") : "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {p.active ? <Badge tone="good">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
              </td>
              {staff ? (
                <td className="min-w-48 space-y-2 px-3 py-2">
                  <Link href={`/admin/partners?edit=${p.id}`} className="text-brand-700 underline">
                    {t("editLink")}
                  </Link>
                  <ConfirmAction
                    action={setPartnerActiveAction}
                    fields={{ partnerId: p.id, active: String(!p.active) }}
                    label={t(p.active ? "deactivate" : "activate")}
                    question={t(p.active ? "deactivateQuestion" : "activateQuestion", {
                      name: localized(p, "name", locale),
                    })}
                    confirmLabel={t(p.active ? "deactivateConfirm" : "activateConfirm")}
                    cancelLabel={tc("cancel")}
                    pendingLabel={t("submitting")}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={list} links={links} />
    </>
  );
}
