package id.simpul.adapters.polri;

import id.simpul.sdk.tck.police.PoliceReportsHarness;
import id.simpul.sdk.tck.police.PoliceReportsTck;

/** The kit run against an adapter that hides input errors; run only by {@link PoliceKitMetaTest}. */
class LenientInputKit extends PoliceReportsTck {

    @Override
    protected PoliceReportsHarness harness() {
        return new PolriHarness((settings, clock) ->
                BrokenPoliceReports.lenientInput(new PolriAdapterProvider().create(settings, clock)));
    }
}
