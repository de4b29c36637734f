import Link from "next/link";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportProgress } from "@/components/imports/import-progress";
import type { ImportJobView } from "@/lib/server/imports/jobs";

/**
 * One import's page: back to the upload page at `base`, its progress polled
 * from `base/<id>/status`, its report at `base/<id>/report`.
 */
export function ImportJobPanel({
  job,
  base,
  title,
  backLabel,
  done,
}: {
  job: ImportJobView;
  base: string;
  title: string;
  backLabel: string;
  done: { href: string; label: string };
}) {
  const self = `${base}/${job.id}`;
  return (
    <>
      <Link href={base} className="text-sm text-brand-700 underline">
        ← {backLabel}
      </Link>
      <div className="mt-2">
        <PageHeading title={title} />
      </div>
      <Card>
        <ImportProgress
          initial={job}
          statusUrl={`${self}/status`}
          reportUrl={`${self}/report`}
          done={done}
          againHref={base}
        />
      </Card>
    </>
  );
}
