package id.simpul.adapters.polri;

import id.simpul.sdk.tck.police.PoliceReportsHarness;
import id.simpul.sdk.tck.police.PoliceReportsTck;

/** The kit run against an adapter that reuses its first answer; run only by {@link PoliceKitMetaTest}. */
class StaleLettersKit extends PoliceReportsTck {

    @Override
    protected PoliceReportsHarness harness() {
        return new PolriHarness((settings, clock) ->
                BrokenPoliceReports.staleAnswers(new PolriAdapterProvider().create(settings, clock)));
    }
}
