import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { GoalsList } from "@/components/dashboard/goals-list";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getGoalsWithProgress } from "@/lib/server/goals/get-goal-progress";
import { listDemonstrationZones } from "@/lib/server/zones/get-zone-system";
import { GOAL_METRICS, goalValueText } from "@/lib/validation/goals";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { DataTabs } from "../data-tabs";
import { saveGoalAction } from "./actions";
import { GoalForm, type GoalValues } from "./goal-form";
import { EmptyState } from "@/components/ui/data-table";

export async function generateMetadata() {
  const t = await getTranslations("dataAdmin.goals");
  return { title: t("title") };
}

export default async function GoalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/data/goals");
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const [t, locale, goals, zones] = await Promise.all([
    getTranslations("dataAdmin"),
    getUiLocale(),
    getGoalsWithProgress(),
    listDemonstrationZones(),
  ]);
  const staff = user.role === "STAFF";
  const editing = staff && one("edit") ? goals.find((g) => g.id === one("edit")) : undefined;
  const creating = staff && one("new") === "1";
  const saved = one("saved") ? goals.find((g) => g.id === one("saved")) : undefined;
  const metricOptions = GOAL_METRICS.map((m) => ({ value: m, label: t(`goals.metrics.${m}`) }));
  const zoneOptions = zones.map((z) => ({ value: z.id, label: localized(z, "name", locale) }));
  const initial: GoalValues | null = editing
    ? {
        goalId: editing.id,
        metric: editing.metric,
        labelZh: editing.labelZh,
        labelEn: editing.labelEn,
        zoneId: editing.zoneId ?? "",
        target: goalValueText(editing.targetValue, editing.unit),
        baseline: goalValueText(editing.baselineValue, editing.unit),
        baselineYear: String(editing.baselineYear),
        periodStart: editing.periodStart,
        periodEnd: editing.periodEnd,
        reported: editing.reportedValue === null ? "" : goalValueText(editing.reportedValue, editing.unit),
      }
    : creating
      ? { metric: "CBEC_VOLUME", baselineYear: "2023", baseline: "0" }
      : null;
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <>
      <PageHeading
        title={t("goals.title")}
        lead={staff ? t("goals.lead") : t("readOnly")}
        actions={
          staff && !initial ? (
            <Link href="/admin/data/goals?new=1" className={link}>
              {t("goals.createTitle")}
            </Link>
          ) : null
        }
      />
      <DataTabs current="goals" />
      {saved ? (
        <div className="mb-4">
          <FormAlert tone="success" message={t("goals.saved", { label: localized(saved, "label", locale) })} />
        </div>
      ) : null}
      {one("edit") && staff && !editing ? (
        <div className="mb-4">
          <FormAlert message={t("goals.notFound")} />
        </div>
      ) : null}
      {initial ? (
        <Card
          title={editing ? `${t("goals.edit")}：${localized(editing, "label", locale)}` : t("goals.createTitle")}
          className="mb-6"
        >
          <GoalForm action={saveGoalAction} initial={initial} metricOptions={metricOptions} zoneOptions={zoneOptions} />
        </Card>
      ) : null}
      {goals.length === 0 ? (
        <EmptyState>{t("goals.empty")}</EmptyState>
      ) : (
        <GoalsList
          goals={goals}
          locale={locale}
          edit={
            staff
              ? {
                  href: (id) => `/admin/data/goals?edit=${id}`,
                  label: t("goals.edit"),
                  labelFor: (goal) => t("goals.editGoal", { goal }),
                }
              : undefined
          }
        />
      )}
    </>
  );
}
