// How the figures were made and what they do and do not say.
import type { ReactNode } from 'react';

/** `children`: what people reviewed by hand (review/ReviewSummary), once the data is in. */
export function AboutPanel({ onClose, children }: { onClose: () => void; children?: ReactNode }) {
  return (
    <section
      id="about-data"
      aria-labelledby="about-data-title"
      className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm leading-relaxed dark:border-slate-700 dark:bg-slate-950"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id="about-data-title" className="text-base font-semibold">
          About the data
        </h2>
        <button type="button" className="btn-quiet -mt-1" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">How figures are extracted</h3>
          <p className="mt-1">
            A program reads each news article, finds every count of people that belongs to one of
            the tracked metrics (killed, injured, displaced, hostages, prisoners…) and records it
            with the sentence it came from. Nobody typed the numbers in: they are read from the text
            by rules, so some will be missed or misread. Every figure links back to its sentence and
            its article so you can check it.
          </p>
          <h3 className="mt-3 font-semibold">Caveats</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>
              Figures are <strong>as reported</strong>, not verified. Different sources count
              differently and some figures are disputed.
            </li>
            <li>Hedges are kept: “more than 240” is shown as ≥ 240, never as 240.</li>
            <li>
              <strong>Proposed</strong> figures (a deal that “would release 50 hostages”) are not
              outcomes. They are drawn hollow and can be filtered out.
            </li>
            <li>
              A figure is placed on the charts at the day it describes. A figure whose day the text
              does not pin down is drawn at its article’s publication day, with a short tail to its
              left: it is <strong>dated by the report</strong>, and may describe an earlier day.
              Only figures of articles without a date are left off the charts (they are listed).
            </li>
            <li>
              A chart whose values span a hundredfold or more (1.4 million displaced beside a toll
              of 232) is drawn on a log scale, each gridline a multiple of the one below, unless you
              choose Linear.
            </li>
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">What each figure carries</h3>
          <dl className="mt-1 space-y-1.5">
            <div>
              <dt className="inline font-medium">Metric: </dt>
              <dd className="inline">what is counted, e.g. “Killed in Gaza”.</dd>
            </div>
            <div>
              <dt className="inline font-medium">Number as written: </dt>
              <dd className="inline">“28,473”, “1.4 million”, “Eighty”.</dd>
            </div>
            <div>
              <dt className="inline font-medium">Qualifier: </dt>
              <dd className="inline">
                exact, approximate (≈ about, around), at least (≥ more than, over) or at most (≤ up
                to, nearly).
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Reported or proposed: </dt>
              <dd className="inline">
                proposed when part of an offer, plan, demand or expectation.
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Total or incident: </dt>
              <dd className="inline">
                a running total up to a day (“the death toll has reached”), or the count of one
                event or period. Lines on the charts join reported totals; a one-event figure stands
                on a stem down to the axis.
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Date: </dt>
              <dd className="inline">
                the day the number describes. A total describes the publication date unless the text
                names another day.
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Attribution: </dt>
              <dd className="inline">who the article says the number comes from, if anyone.</dd>
            </div>
          </dl>
        </div>
      </div>
      {children}
    </section>
  );
}
